<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CalculatorsForm</name>
    <message>
        <location filename="../../forms/calculators.ui" line="14"/>
        <source>计算器</source>
        <translation>Calculators</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="25"/>
        <source>输入（离开输入框即重新计算）</source>
        <translation>Inputs (recalculated when you leave a field)</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="32"/>
        <source>填入算例</source>
        <translation>Fill in the worked example</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="32"/>
        <source>填入本计算器的参考算例（来自参考资料的验算例题），可对照结果</source>
        <translation>Fill in this calculator&apos;s worked example from the reference material, to compare the result</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="33"/>
        <source>清空</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="39"/>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="48"/>
        <source>关联设备：</source>
        <translation>Linked device:</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="50"/>
        <source>结果标题（可选，如“窑尾风机电机实测”）</source>
        <translation>Result title (optional, e.g. &quot;kiln ID fan motor, measured&quot;)</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="51"/>
        <source>保存到案例</source>
        <translation>Save to case</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="62"/>
        <source>已保存的计算结果（双击载入输入）</source>
        <translation>Saved results (double-click to load the inputs)</translation>
    </message>
    <message>
        <location filename="../../forms/calculators.ui" line="64"/>
        <source>删除所选结果</source>
        <translation>Delete selected result</translation>
    </message>
</context>
<context>
    <name>CalculatorsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="22"/>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="22"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="23"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="24"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="24"/>
        <source>计算器</source>
        <translation>Calculators</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="25"/>
        <source>主要结果</source>
        <translation>Main result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="25"/>
        <source>关联设备</source>
        <translation>Linked device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="26"/>
        <source>保存时间</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="26"/>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="94"/>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="95"/>
        <source>公式：</source>
        <translation>Formula: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="112"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="145"/>
        <source>填写输入后自动计算；可先点“填入算例”对照参考结果。</source>
        <translation>Results appear as you fill in the inputs; &quot;Fill in the worked example&quot; shows a reference case first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="189"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="203"/>
        <source>按现行算法结果不同，请复核</source>
        <translation>Differs when recomputed now: please review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/calculators.py" line="203"/>
        <source>一致</source>
        <translation>Consistent</translation>
    </message>
</context>
<context>
    <name>CaseReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/review/case_review.py" line="68"/>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/case_review.py" line="83"/>
        <source>审核：%s</source>
        <translation>Review: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/case_review.py" line="85"/>
        <source>上报数据包 %s（已校验）：只能查看；审核意见和审核决定请在对应的 .jnzd 案例文件上记录。</source>
        <translation>Upload bundle %s (verified): view only; record comments and decisions on the matching .jnzd case file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/case_review.py" line="88"/>
        <source>审核视图：显示的是案例文件的只读副本，审核不会修改工程师的数据；意见和审核决定单独记录在案例文件中。</source>
        <translation>Review view: a read-only copy of the case file is shown; reviewing never changes the engineer&apos;s data. Comments and decisions are recorded separately in the case file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/case_review.py" line="95"/>
        <source>上报数据包只能查看：审核意见和审核决定需要在 .jnzd 案例文件上记录。</source>
        <translation>An upload bundle can only be viewed: comments and decisions are recorded on the .jnzd case file.</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <location filename="../../forms/checklist.ui" line="10"/>
        <source>搜索条目（编号、标题、指导、发现）</source>
        <translation>Search items (id, title, guidance, finding)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="11"/>
        <source>下一个未答必填项 (F8)</source>
        <translation>Next unanswered required (F8)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="12"/>
        <source>清单模板…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="24"/>
        <source>条目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="25"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="35"/>
        <source>指导：看什么、问什么、怎样算符合</source>
        <translation>Guidance: what to look at, what to ask, what conforms</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="44"/>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="48"/>
        <source>1 符合</source>
        <translation>1 Conforming</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="49"/>
        <source>2 不符合</source>
        <translation>2 Non-conforming</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="50"/>
        <source>3 不适用</source>
        <translation>3 Not applicable</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="51"/>
        <source>4 待补充</source>
        <translation>4 Follow up</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="52"/>
        <source>0 未查</source>
        <translation>0 Unchecked</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="57"/>
        <source>数值：</source>
        <translation>Value:</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="63"/>
        <source>发现与说明：</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="64"/>
        <source>现场看到的情况、数据来源、问题与建议</source>
        <translation>what was seen on site, data sources, problems and suggestions</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="71"/>
        <source>证据（照片、文件；可拖入或粘贴）</source>
        <translation>Evidence (photos, files; drop or paste)</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="76"/>
        <source>添加证据…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="77"/>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="78"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="79"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist.ui" line="80"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="48"/>
        <source>全部条目</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="48"/>
        <source>未回答</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="48"/>
        <source>不符合</source>
        <translation>Non-conforming</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="48"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="49"/>
        <source>有证据</source>
        <translation>With evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="49"/>
        <source>待补充</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="206"/>
        <source>必填 %1/%2（%3%）</source>
        <translation>Required %1/%2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="267"/>
        <source>所有必填条目都已回答</source>
        <translation>All required items are answered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="292"/>
        <source>本案例尚未选择诊断清单模板。请点“清单模板…”选择。</source>
        <translation>No checklist template chosen for this case yet. Click &quot;Templates…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="302"/>
        <source>（必填）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="304"/>
        <source>照片</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="304"/>
        <source>文件</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="304"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="305"/>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="305"/>
        <source>来源等级：</source>
        <translation>Provenance: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="306"/>
        <source>需要的证据：</source>
        <translation>Evidence wanted: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="311"/>
        <source>由“%1”模块根据数据给出：</source>
        <translation>From the data of the &quot;%1&quot; module: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="314"/>
        <source>（已被手工状态“%1”覆盖）</source>
        <translation> (overridden by the manual status &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="316"/>
        <source>此条目将由“%1”模块根据数据回答；该模块尚无数据，可先手工回答。</source>
        <translation>The &quot;%1&quot; module will answer this item from its data; it has none yet, so answer by hand for now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="332"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/checklist.py" line="347"/>
        <source>最后修改：%1，%2</source>
        <translation>Last changed: %1, %2</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="250"/>
        <source>（整个部分）</source>
        <translation>(the whole section)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="267"/>
        <source>请填写意见内容。</source>
        <translation>Please write the comment.</translation>
    </message>
</context>
<context>
    <name>EnergyForm</name>
    <message>
        <location filename="../../forms/energy.ui" line="9"/>
        <source>计算设置</source>
        <translation>Calculation settings</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="11"/>
        <source>折标准煤系数</source>
        <translation>Standard-coal coefficients</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="13"/>
        <source>电力等价值（kgce/kWh）</source>
        <translation>Electricity equal value (kgce/kWh)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="16"/>
        <source>例如 0.3016；不填则只算当量值</source>
        <translation>e.g. 0.3016; empty = calorific value only</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="17"/>
        <location filename="../../forms/energy.ui" line="38"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="18"/>
        <source>来源（必填）</source>
        <translation>Source (required)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="21"/>
        <source>电网排放因子（kgCO2/kWh）</source>
        <translation>Grid emission factor (kgCO2/kWh)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="24"/>
        <source>例如 0.5366</source>
        <translation>e.g. 0.5366</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="25"/>
        <source>依据（年份、区域、公告）</source>
        <translation>Basis (year, region, announcement)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="28"/>
        <source>外购热力排放因子（tCO2/GJ）</source>
        <translation>Purchased heat factor (tCO2/GJ)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="31"/>
        <source>例如 0.11</source>
        <translation>e.g. 0.11</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="32"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="35"/>
        <source>对比期（同比）</source>
        <translation>Comparison period</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="39"/>
        <source>综合能耗（当量值，tce）</source>
        <translation>Energy (calorific, tce)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="40"/>
        <source>工业总产值（万元，可比价）</source>
        <translation>Gross output value (10k yuan, comparable prices)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="43"/>
        <source>外购耗能工质计入综合能耗（2020 版标准是否计入未核实，按项目约定）</source>
        <translation>Count purchased energy-carrying media (unverified for the 2020 edition; per project)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="49"/>
        <source>能源购销存与消费（双击单元格编辑；灰色列为计算结果）</source>
        <translation>Purchase, stock and consumption (double-click to edit; grey columns are computed)</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="54"/>
        <source>添加能源品种…</source>
        <translation>Add energy…</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="55"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../forms/energy.ui" line="66"/>
        <source>所选能源的月度用量</source>
        <translation>Monthly quantities of the selected energy</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="27"/>
        <source>能源品种</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="28"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="29"/>
        <source>购入量</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="30"/>
        <source>期初库存</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="31"/>
        <source>期末库存</source>
        <translation>Closing stock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="32"/>
        <source>外供量</source>
        <translation>Supplied out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="33"/>
        <source>消费量</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="34"/>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="35"/>
        <source>实测低位发热量</source>
        <translation>Measured NCV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="36"/>
        <source>发热量来源</source>
        <translation>NCV source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="37"/>
        <source>折标系数</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="38"/>
        <source>当量值（tce）</source>
        <translation>Calorific (tce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="39"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="40"/>
        <source>CO2（t）</source>
        <translation>CO2 (t)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="41"/>
        <source>单价（元/计量单位）</source>
        <translation>Unit price (yuan per unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="85"/>
        <source>%1月</source>
        <translation>M%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="96"/>
        <source>能源消费结构（当量值）</source>
        <translation>Energy structure (calorific value)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="97"/>
        <source>月度用量</source>
        <translation>Monthly quantity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="160"/>
        <source>GB/T 2589-%1 附录A/B（%2）</source>
        <translation>GB/T 2589-%1 annexes A/B (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="162"/>
        <source>已固化在本案例中</source>
        <translation>frozen in this case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="162"/>
        <source>录入第一项能源后固化在本案例中</source>
        <translation>frozen in this case at the first entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="163"/>
        <source>；各行来源等级见折标系数提示。2020 版附录原文未核对，数值为通行值 [V-2]。</source>
        <translation>; each row&apos;s provenance is in the coefficient tooltip. The 2020 annex text was not checked; values are the common ones [V-2].</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="164"/>
        <source>计算全程用精确十进制，显示按 GB/T 8170 修约（四舍六入五成双）。</source>
        <translation> Calculations use exact decimals; display rounds per GB/T 8170 (half to even).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="195"/>
        <source>；来源等级 </source>
        <translation>; provenance </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="207"/>
        <source>尚无消费数据</source>
        <translation>No consumption yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="209"/>
        <source>综合能耗 当量值 &lt;b&gt;%1&lt;/b&gt; tce</source>
        <translation>Comprehensive energy, calorific &lt;b&gt;%1&lt;/b&gt; tce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="211"/>
        <source>；等价值 &lt;b&gt;%1&lt;/b&gt; tce</source>
        <translation>; equal value &lt;b&gt;%1&lt;/b&gt; tce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="212"/>
        <source>；CO2 &lt;b&gt;%1&lt;/b&gt; t</source>
        <translation>; CO2 &lt;b&gt;%1&lt;/b&gt; t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="215"/>
        <source>；较对比期%1 %2%</source>
        <translation>; vs comparison period%1 %2%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="219"/>
        <source>，按产值节能量 %1 tce</source>
        <translation>, output-value savings %1 tce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="245"/>
        <source>消费量：</source>
        <translation>Consumption: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="246"/>
        <source>折标依据：</source>
        <translation>Coefficient: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="248"/>
        <source>等价值：</source>
        <translation>Equal value: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="252"/>
        <source>CO2 未计算：</source>
        <translation>CO2 not computed: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="256"/>
        <source>平衡：购入 + 期初 − 期末 − 外供 = %1，消费量 %2</source>
        <translation>Balance: purchased + opening − closing − out = %1, consumption %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="296"/>
        <location filename="../../desktop_app/ui/pages/energy.py" line="303"/>
        <source>添加能源品种</source>
        <translation>Add energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="296"/>
        <source>GB/T 2589 能源品种：</source>
        <translation>GB/T 2589 energy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/energy.py" line="303"/>
        <source>计量单位：</source>
        <translation>Unit:</translation>
    </message>
</context>
<context>
    <name>EngagementForm</name>
    <message>
        <location filename="../../forms/engagement.ui" line="9"/>
        <source>诊断任务</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="12"/>
        <source>提供服务的机构 *</source>
        <translation>Service agency *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="14"/>
        <source>节能诊断类型 *</source>
        <translation>Diagnosis type *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="16"/>
        <source>任务书编号</source>
        <translation>Task-book no.</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="18"/>
        <source>诊断团队 *</source>
        <translation>Diagnosis team *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="19"/>
        <source>每行一人：姓名（职责，职称）</source>
        <translation>one per line: name (role, title)</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="25"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="28"/>
        <source>现场诊断开始日期 *</source>
        <translation>Site visit start *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="29"/>
        <source>2026-03-16</source>
        <translation>2026-03-16</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="30"/>
        <source>现场诊断结束日期 *</source>
        <translation>Site visit end *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="31"/>
        <source>2026-03-20</source>
        <translation>2026-03-20</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="32"/>
        <source>诊断期起 *</source>
        <translation>Diagnosis period from *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="33"/>
        <source>2025-01-01</source>
        <translation>2025-01-01</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="34"/>
        <source>诊断期止 *</source>
        <translation>Diagnosis period to *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="35"/>
        <source>2025-12-31</source>
        <translation>2025-12-31</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="36"/>
        <source>诊断基准日期 *</source>
        <translation>As-of date *</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="37"/>
        <source>决定所用标准版本和排放因子</source>
        <translation>selects the standard editions and emission factors used</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="43"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="46"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../forms/engagement.ui" line="47"/>
        <source>区域集中式诊断请在此注明园区或集群</source>
        <translation>for regional diagnosis, name the park or cluster here</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/engagement.py" line="24"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>EngineerReview</name>
    <message>
        <location filename="../../desktop_app/ui/review/engineer.py" line="64"/>
        <source>审核人留下 %d 条未解决的审核意见，见右侧“审核意见”。</source>
        <translation>The reviewer left %d unresolved comments; see &quot;Review comments&quot; on the right.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/engineer.py" line="83"/>
        <source>审核意见</source>
        <translation>Review comments</translation>
    </message>
</context>
<context>
    <name>EquipmentDetail</name>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="49"/>
        <source>选择左侧的设备查看和编辑</source>
        <translation>Select a device on the left to view and edit it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="67"/>
        <source>数据有误：</source>
        <translation>Invalid data: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="73"/>
        <source>无适用的能效等级标准（本类设备不评定能效等级）</source>
        <translation>No applicable efficiency-grade standard (this type is not graded)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="79"/>
        <source>；缺少：</source>
        <translation>; missing: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="88"/>
        <source>所收录的淘汰目录不含此类设备</source>
        <translation>The covered catalogues list no devices of this type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="94"/>
        <source>：需补充 </source>
        <translation>: needs </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="110"/>
        <source>（尚无关联的计算结果）</source>
        <translation>(no linked results yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="128"/>
        <source>设备类型</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment_detail.py" line="147"/>
        <source>判定能效等级所需</source>
        <translation>Needed to grade the device</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../forms/equipment.ui" line="9"/>
        <source>设备类型：</source>
        <translation>Equipment type:</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="10"/>
        <source>新设备、粘贴行和无“设备类型”列的导入使用此类型</source>
        <translation>Used for new devices, pasted rows and imports without a type column</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="11"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="12"/>
        <source>复制所选</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="12"/>
        <source>复制所选设备（Ctrl+D），设备编号自动递增</source>
        <translation>Duplicate the selected devices (Ctrl+D); the equipment number is incremented</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="13"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="14"/>
        <source>粘贴行</source>
        <translation>Paste rows</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="14"/>
        <source>粘贴从 Excel 复制的多行（第一行为列名；无列名时按“复制列名”的列顺序）</source>
        <translation>Paste rows copied from Excel (first row = headings; without headings, the column order of &quot;Copy headings&quot;)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="15"/>
        <source>复制列名</source>
        <translation>Copy headings</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="15"/>
        <source>把所选设备类型的列名复制到剪贴板，粘贴到 Excel 作为录入模板</source>
        <translation>Copy the chosen type&apos;s headings to the clipboard as an Excel entry template</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="16"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="18"/>
        <source>筛选：</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="19"/>
        <source>编号、名称、型号、位置或等级</source>
        <translation>Number, name, model, location or grade</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="39"/>
        <source>铭牌与运行参数（离开输入框即保存）</source>
        <translation>Nameplate and operating data (saved when you leave a field)</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="46"/>
        <source>能效等级判定</source>
        <translation>Efficiency grade</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="55"/>
        <source>淘汰设备核查</source>
        <translation>Eliminated-equipment check</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="64"/>
        <source>关联的计算结果</source>
        <translation>Linked calculation results</translation>
    </message>
    <message>
        <location filename="../../forms/equipment.ui" line="67"/>
        <source>为此设备计算…</source>
        <translation>Calculate for this device…</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="22"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="23"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="24"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="27"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="28"/>
        <source>台数</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="29"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="25"/>
        <source>能效等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="26"/>
        <source>淘汰核查</source>
        <translation>Eliminated?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="115"/>
        <source>共 %1 行、%2 台。</source>
        <translation>%1 rows, %2 units. </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="117"/>
        <source>能效等级：</source>
        <translation>Grades: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="119"/>
        <source>淘汰：</source>
        <translation>Eliminated: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="121"/>
        <source>疑似淘汰：</source>
        <translation>Suspected: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="123"/>
        <source>按诊断基准日期 %1 选用标准版本。</source>
        <translation>Standard editions chosen by the as-of date %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="200"/>
        <source>删除设备</source>
        <translation>Delete devices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="201"/>
        <source>删除所选的 %1 行设备？可用“撤销”恢复。</source>
        <translation>Delete the %1 selected rows? Undo restores them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="208"/>
        <source>剪贴板中没有可粘贴的表格内容</source>
        <translation>The clipboard holds no table to paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="224"/>
        <source>已复制列名，可粘贴到 Excel 作为录入模板</source>
        <translation>Headings copied; paste them into Excel as an entry template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="227"/>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="233"/>
        <source>导入设备清单</source>
        <translation>Import equipment register</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="227"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="233"/>
        <source>未导入任何设备。</source>
        <translation>No device was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="240"/>
        <source>已添加 %1 台设备</source>
        <translation>Added %1 devices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/equipment.py" line="242"/>
        <source>；未识别的列未导入：</source>
        <translation>; columns not recognised (not imported): </translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="62"/>
        <source>拍摄时间：</source>
        <translation>Taken: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="63"/>
        <source>添加：</source>
        <translation>Added: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="90"/>
        <source>添加证据</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="91"/>
        <source>照片和文件 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt *.ppt *.pptx *.dwg *.ofd *.wps *.et);;所有文件 (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt *.ppt *.pptx *.dwg *.ofd *.wps *.et);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="123"/>
        <source>粘贴的图片</source>
        <translation>pasted image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="125"/>
        <source>剪贴板里没有图片或文件</source>
        <translation>The clipboard holds no image or file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="162"/>
        <source>证据另存为</source>
        <translation>Save evidence as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evidence.py" line="142"/>
        <source>无法保存：</source>
        <translation>Cannot save: </translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../forms/feedback.ui" line="7"/>
        <source>现场诊断结束时请企业填写并确认；每一项选定或离开输入框即保存。</source>
        <translation>To be filled in and confirmed by the enterprise at the end of the visit; each choice is saved at once.</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="10"/>
        <source>服务满意度</source>
        <translation>Satisfaction with the service</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="16"/>
        <source>企业拟采纳的节能措施（勾选）</source>
        <translation>Measures the enterprise intends to adopt (tick)</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="22"/>
        <source>意见和建议</source>
        <translation>Comments and suggestions</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="28"/>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="30"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../forms/feedback.ui" line="32"/>
        <source>确认日期（YYYY-MM-DD）</source>
        <translation>Date confirmed (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/feedback.py" line="32"/>
        <source>（未选）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/feedback.py" line="73"/>
        <location filename="../../desktop_app/ui/pages/feedback.py" line="113"/>
        <source>已填写完整。</source>
        <translation>Complete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/feedback.py" line="73"/>
        <location filename="../../desktop_app/ui/pages/feedback.py" line="114"/>
        <source>尚缺：</source>
        <translation>Missing: </translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="47"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="51"/>
        <source>逗号 ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="48"/>
        <source>制表符</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="49"/>
        <source>分号 ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="50"/>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="51"/>
        <source>点 .</source>
        <translation>Point .</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="52"/>
        <source>年-月-日（ISO、YYYY/MM/DD、YYYY年MM月DD日）</source>
        <translation>Year-month-day (ISO, YYYY/MM/DD, YYYY年MM月DD日)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="53"/>
        <source>日.月.年 / 日/月/年</source>
        <translation>Day.month.year / day/month/year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="54"/>
        <source>月/日/年</source>
        <translation>Month/day/year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="55"/>
        <source>两位数年份：年/月/日（YY/MM/DD）</source>
        <translation>Two-digit year: year/month/day (YY/MM/DD)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="56"/>
        <source>两位数年份：日/月/年（DD/MM/YY）</source>
        <translation>Two-digit year: day/month/year (DD/MM/YY)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="57"/>
        <source>两位数年份：月/日/年（MM/DD/YY）</source>
        <translation>Two-digit year: month/day/year (MM/DD/YY)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="59"/>
        <source>只有时刻（日期取自文件说明或文件名）</source>
        <translation>Time of day only (date from the preamble or the file name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="58"/>
        <source>Excel 序列日期</source>
        <translation>Excel serial dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="60"/>
        <source>（不是区间行）</source>
        <translation>(not interval rows)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="61"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="74"/>
        <source>区间起点</source>
        <translation>Interval start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="62"/>
        <location filename="../../desktop_app/ui/import_dialog.py" line="75"/>
        <source>区间终点</source>
        <translation>Interval end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="65"/>
        <source>不重采样（按时间戳对齐）</source>
        <translation>No resampling (aligned by timestamp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="67"/>
        <location filename="../../forms/import_log.ui" line="111"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="67"/>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="68"/>
        <source>用途</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="68"/>
        <source>物理量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="72"/>
        <source>日期时间</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="73"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="76"/>
        <source>数值</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="77"/>
        <source>文字（不导入）</source>
        <translation>Text (not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="78"/>
        <source>推算通道</source>
        <translation>Derived channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="79"/>
        <source>数值（每行一个时段的电量）</source>
        <translation>Value (energy per interval, one per row)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="80"/>
        <source>数值（累计读数）</source>
        <translation>Value (cumulative meter reading)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="81"/>
        <source>推算通道（时段平均功率）</source>
        <translation>Derived channel (mean power per interval)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="82"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="84"/>
        <source>单元格</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="85"/>
        <source>用户指定</source>
        <translation>Given by the user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="86"/>
        <source>推断</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="87"/>
        <source>无量纲</source>
        <translation>Dimensionless</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="88"/>
        <source>由电能推算</source>
        <translation>Derived from energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="213"/>
        <source>琥珀色</source>
        <translation>Amber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="213"/>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="214"/>
        <source>单位是推断的，尚未确认：请核对，选中这些行后点“确认所选单位”，或在“文件中的单位”中改选。</source>
        <translation>The unit was inferred and is not confirmed yet: check it, select the rows and click “Confirm selected units”, or choose another in “Unit in the file”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="215"/>
        <source>单位无法判断：选定单位（或物理量）后才能导入。</source>
        <translation>The unit cannot be decided: choose a unit (or quantity) before importing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="224"/>
        <source>选择记录仪文件</source>
        <translation>Choose logger files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="225"/>
        <source>记录仪数据 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</source>
        <translation>Logger data (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="291"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="381"/>
        <source>待指定</source>
        <translation>To be chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="407"/>
        <source>单位是推断的，尚未确认：请核对，选中该行后点“确认所选单位”，或在“文件中的单位”中改选。</source>
        <translation>The unit was inferred and is not confirmed yet: check it, select the row and click “Confirm selected units”, or choose another in “Unit in the file”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="410"/>
        <source>单位无法判断：请在“文件中的单位”中选定（或改选物理量），选定后才能导入。</source>
        <translation>The unit cannot be decided: choose it in “Unit in the file” (or change the quantity); the import waits until you do.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="451"/>
        <source>这一列的物理量（改选后按新的物理量判断单位）</source>
        <translation>The quantity of this column (when changed, the unit is decided for the new quantity)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="463"/>
        <source>（无量纲）</source>
        <translation>(dimensionless)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="473"/>
        <source>请选择单位</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="477"/>
        <source>文件中数值的单位（可选或输入；选定即按用户指定导入，并换算到标准单位）</source>
        <translation>The unit of the values in the file (choose or type one; a chosen unit is imported as given by the user and converted to the standard unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="490"/>
        <source>“%1”不是单位</source>
        <translation>“%1” is not a unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="565"/>
        <source>先为标红的列选定单位</source>
        <translation>First choose a unit for the columns marked red</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="587"/>
        <source>请在上表中为标红的列选定单位（或物理量），然后才能导入。</source>
        <translation>Choose a unit (or quantity) for the columns marked red in the table above; then the file can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="647"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="654"/>
        <location filename="../../forms/import_log.ui" line="112"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="598"/>
        <source>，跨 %1 小时</source>
        <translation>, spanning %1 hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="69"/>
        <source>文件中的单位</source>
        <translation>Unit in the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="69"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="70"/>
        <source>换算</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="70"/>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="599"/>
        <source>将导入 %1 个时间点、%2 个通道</source>
        <translation>Will import %1 time points, %2 channels</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="603"/>
        <source>行</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="603"/>
        <source>跳过 %1 行</source>
        <translation>%1 rows skipped</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="6"/>
        <source>导入记录仪文件</source>
        <translation>Import logger files</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="12"/>
        <source>文件（多个文件按时间戳对齐）</source>
        <translation>Files (several files are aligned by timestamp)</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="17"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="18"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="23"/>
        <source>统一间隔</source>
        <translation>Common interval</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="25"/>
        <source>数据集名称</source>
        <translation>Dataset name</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="27"/>
        <source>测试仪器</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="36"/>
        <source>所选文件的读取方式（已自动识别，可修改）</source>
        <translation>How the selected file is read (detected; you can change it)</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="38"/>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="42"/>
        <source>分隔符</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="46"/>
        <source>小数点</source>
        <translation>Decimal separator</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="50"/>
        <source>表头前的说明行</source>
        <translation>Lines before the header</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="87"/>
        <source>确认所选单位</source>
        <translation>Confirm selected units</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="87"/>
        <source>所选行的推断单位确认无误：按用户指定的单位导入</source>
        <translation>The inferred units of the selected rows are right: import them as units given by the user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_dialog.py" line="83"/>
        <location filename="../../forms/import_log.ui" line="54"/>
        <source>单位行</source>
        <translation>Unit row</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="55"/>
        <source>表头下一行是单位</source>
        <translation>The line under the header holds units</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="40"/>
        <source>日期（时间）列</source>
        <translation>Date (time) column</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="44"/>
        <source>单独的时间列</source>
        <translation>Separate time column</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="48"/>
        <source>日期格式</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="52"/>
        <source>区间行的时间</source>
        <translation>Time of interval rows</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="56"/>
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../forms/import_log.ui" line="58"/>
        <source>工作表（XLSX）</source>
        <translation>Sheet (XLSX)</translation>
    </message>
</context>
<context>
    <name>LimitPickerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/limit_picker.py" line="75"/>
        <source>。诊断基准日期早于该标准实施日期，评定结果为“标准尚未实施”</source>
        <translation>. The as-of date is before this standard took effect: the result will be &apos;not yet in force&apos;</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="6"/>
        <source>添加产品指标</source>
        <translation>Add a product indicator</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="9"/>
        <source>筛选：标准号、产品或指标名称（如 21256、粗钢、电解铝）</source>
        <translation>Filter: standard number, product or indicator (e.g. 21256, crude steel, aluminium)</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="15"/>
        <source>标准 / 指标</source>
        <translation>Standard / indicator</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="16"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="17"/>
        <source>实施日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="18"/>
        <source>来源等级</source>
        <translation>Source label</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="25"/>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../forms/limit_picker.ui" line="27"/>
        <source>如：熟料（2 号线）</source>
        <translation>e.g. clinker (line 2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="50"/>
        <source>✓ 已保存 %s</source>
        <translation>✓ Saved %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>新建案例(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>打开案例(&amp;O)…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="62"/>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>关闭案例(&amp;C)</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="67"/>
        <source>打开上报数据包(&amp;B)…</source>
        <translation>Open upload &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="68"/>
        <source>校验上报数据包(&amp;V)…</source>
        <translation>&amp;Verify upload bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="70"/>
        <source>审核案例文件夹(&amp;W)…</source>
        <translation>Re&amp;view a folder of cases…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="72"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <location filename="../../desktop_app/ui/main_window.py" line="220"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="76"/>
        <location filename="../../desktop_app/ui/main_window.py" line="221"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79"/>
        <source>案例(&amp;A)</source>
        <translation>C&amp;ase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="80"/>
        <source>快照与恢复(&amp;S)…</source>
        <translation>&amp;Snapshots and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="82"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="83"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="118"/>
        <source>选择要审核的案例文件夹</source>
        <translation>Choose the folder of cases to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>打开案例</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>节能诊断案例 (*%s)</source>
        <translation>Diagnosis cases (*%s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>新建案例</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>新案例</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190"/>
        <source>所有修改均已保存</source>
        <translation>All edits saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="220"/>
        <source>撤销：%s</source>
        <translation>Undo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221"/>
        <source>重做：%s</source>
        <translation>Redo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233"/>
        <source>案例已提交或已通过，处于只读状态；如需修改，请在“案例概览”中撤回或由审核人退回。</source>
        <translation>The case is submitted or approved and read-only; withdraw it on the overview page, or have the reviewer return it, to edit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="278"/>
        <source>&lt;b&gt;%s&lt;/b&gt; %s&lt;br&gt;工业节能诊断服务的离线工具。&lt;br&gt;每一次修改都立即保存在案例文件中。</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; %s&lt;br&gt;Offline tool for industrial energy-saving diagnosis.&lt;br&gt;Every edit is saved in the case file at once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="279"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>节能诊断工作台</source>
        <translation>JNZD Workbench</translation>
    </message>
</context>
<context>
    <name>MeasureCharts</name>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_base.py" line="33"/>
        <source>{month}月</source>
        <translation>{month}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_base.py" line="34"/>
        <source>{day}日</source>
        <translation>{day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_base.py" line="35"/>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_stats.py" line="16"/>
        <source>时间占比 (%)</source>
        <translation>Share of time (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_stats.py" line="17"/>
        <source>样本数</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_stats.py" line="18"/>
        <source>显示 {shown} / {total} 个点（均匀抽样）</source>
        <translation>Showing {shown} of {total} points (evenly sampled)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_stats.py" line="19"/>
        <source>时刻 (h)</source>
        <translation>Hour of day (h)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_time.py" line="26"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/measure_charts_time.py" line="27"/>
        <source>拖动平移，滚轮缩放时间轴，双击显示全部</source>
        <translation>Drag to pan, wheel to zoom the time axis, double-click to show all</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="17"/>
        <source>资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="17"/>
        <source>年节约量</source>
        <translation>Annual saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="18"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="18"/>
        <source>单价（元/单位）</source>
        <translation>Price (yuan/unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="19"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="73"/>
        <source>选择左侧的措施，或新建 / 从目录添加。</source>
        <translation>Select a measure on the left, or create one / add one from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="122"/>
        <source>空着时按能源消费中的平均单价 %1 元</source>
        <translation>Blank: the average price from energy consumption, %1 yuan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures_editor.py" line="147"/>
        <source>（未计价：</source>
        <translation> (not priced: </translation>
    </message>
</context>
<context>
    <name>MeasurementAnalysis</name>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="39"/>
        <source>测量项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="40"/>
        <source>测量值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="34"/>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="41"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="34"/>
        <source>通道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="35"/>
        <source>样本数</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="35"/>
        <source>缺测</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="36"/>
        <source>最小</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="36"/>
        <source>最大</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="37"/>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="222"/>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="37"/>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="222"/>
        <source>标准差</source>
        <translation>Std dev</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="38"/>
        <source>累计电量</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="42"/>
        <source>测量时间</source>
        <translation>Measured at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="43"/>
        <source>仪器</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="44"/>
        <source>关联设备编号</source>
        <translation>Device id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="45"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="84"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="152"/>
        <source>区间：</source>
        <translation>Range: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="154"/>
        <source>全部数据</source>
        <translation>All data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="212"/>
        <source>；数据不全未计入：</source>
        <translation>; incomplete days left out: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="216"/>
        <source>已指定：</source>
        <translation>Assigned: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="217"/>
        <source>无（周一至周五为工作日，周六、周日为周末）</source>
        <translation>none (Mon–Fri are working days, Sat and Sun weekend)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="221"/>
        <source>小时</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements_analysis.py" line="293"/>
        <source>新测量</source>
        <translation>New reading</translation>
    </message>
</context>
<context>
    <name>MeasurementsForm</name>
    <message>
        <location filename="../../forms/measurements.ui" line="9"/>
        <source>导入记录仪文件…</source>
        <translation>Import logger files…</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="10"/>
        <source>数据集：</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="12"/>
        <source>用其他选项重新导入…</source>
        <translation>Re-import with other choices…</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="12"/>
        <source>用案例中保存的原始文件重新打开导入向导，确认后替换当前数据集</source>
        <translation>Open the import wizard on the original files kept in the case; accepting replaces this dataset</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="13"/>
        <source>删除数据集</source>
        <translation>Delete dataset</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="15"/>
        <source>添加标注…</source>
        <translation>Add annotation…</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="15"/>
        <source>在所选区间的起点添加文字标注</source>
        <translation>Add a text note at the start of the selected range</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="16"/>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="17"/>
        <source>导出 SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="25"/>
        <source>通道（勾选显示；按单位自动分左右轴）</source>
        <translation>Channels (tick to show; units go to the left and right axes)</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="29"/>
        <source>所选通道</source>
        <translation>Selected channel</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="31"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="33"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="35"/>
        <source>物理量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="37"/>
        <source>测试仪器</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="39"/>
        <source>关联设备</source>
        <translation>Linked device</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="49"/>
        <source>时序曲线</source>
        <translation>Time series</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="54"/>
        <source>选择区间统计</source>
        <translation>Statistics of a selected range</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="62"/>
        <source>负荷持续曲线</source>
        <translation>Load-duration curve</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="66"/>
        <source>直方图</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="70"/>
        <source>散点图</source>
        <translation>Scatter</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="74"/>
        <source>横轴：</source>
        <translation>X:</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="76"/>
        <source>纵轴：</source>
        <translation>Y:</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="85"/>
        <source>日类型分析</source>
        <translation>Day types</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="91"/>
        <source>时段：</source>
        <translation>Bin:</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="102"/>
        <source>日历（选日期后指定日类型）</source>
        <translation>Calendar (pick a date, then its day type)</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="105"/>
        <source>设为所选日类型</source>
        <translation>Set this day type</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="106"/>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="114"/>
        <source>现场测量</source>
        <translation>Spot readings</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="118"/>
        <source>手工录入的现场读数（双击单元格编辑）</source>
        <translation>Readings typed in on site (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="120"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/measurements.ui" line="121"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="74"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="145"/>
        <source>尚无测量数据：点“导入记录仪文件…”，或在命令行用 jnzd import-log。</source>
        <translation>No measurements yet: use &quot;Import logger files…&quot;, or jnzd import-log on the command line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="159"/>
        <source>来源：</source>
        <translation>Source: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="161"/>
        <source>读取 %1 行，跳过 %2 行</source>
        <translation>%1 rows read, %2 skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="164"/>
        <source>，重复时间戳 %1</source>
        <translation>, %1 duplicate timestamps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="166"/>
        <source>，中断 %1 处</source>
        <translation>, %1 gaps</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="195"/>
        <source>选择记录仪文件</source>
        <translation>Choose logger files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="196"/>
        <source>记录仪数据 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</source>
        <translation>Logger data (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="245"/>
        <source>删除数据集</source>
        <translation>Delete dataset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="246"/>
        <source>删除当前数据集及其通道和标注？原始文件保留在案例中；可用“撤销”恢复。</source>
        <translation>Delete this dataset with its channels and notes? The original files stay in the case; Undo restores it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="257"/>
        <source>添加标注</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="257"/>
        <source>标注文字：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="267"/>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measurements.py" line="273"/>
        <source>导出失败：</source>
        <translation>Export failed: </translation>
    </message>
</context>
<context>
    <name>MeasuresForm</name>
    <message>
        <location filename="../../forms/measures.ui" line="9"/>
        <source>新建措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="10"/>
        <source>典型措施目录（节能量与回收期范围为经验值 [M]，须按现场核算）</source>
        <translation>Catalogue of typical measures (saving and payback ranges are rules of thumb [M]; work them out on site)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="11"/>
        <source>从目录添加</source>
        <translation>Add from catalogue</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="12"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="32"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="34"/>
        <source>措施名称</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="36"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="38"/>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="40"/>
        <source>措施说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="42"/>
        <source>投资（万元）</source>
        <translation>Investment (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="44"/>
        <source>新增运维费用（万元/年，负数为节约）</source>
        <translation>Added O&amp;M cost (10k yuan/year, negative = saved)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="46"/>
        <source>寿命期（年）</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="48"/>
        <source>折现率（%，填写后计算 NPV）</source>
        <translation>Discount rate (%, gives NPV)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="54"/>
        <source>年节约的资源（双击编辑；单价空着时取能源消费中的平均单价）</source>
        <translation>Resources saved per year (double-click to edit; a blank price takes the average from energy consumption)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="60"/>
        <source>添加资源</source>
        <translation>Add resource</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="61"/>
        <source>删除所选资源</source>
        <translation>Delete selected resource</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="70"/>
        <source>企业决定（历史）</source>
        <translation>Enterprise&apos;s decisions (history)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="76"/>
        <source>日期 YYYY-MM-DD</source>
        <translation>Date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="77"/>
        <source>说明（可选）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="78"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="86"/>
        <source>关联（清单条目、设备、测量、计算结果）</source>
        <translation>Links (checklist items, equipment, measurements, calculation results)</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="93"/>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../forms/measures.ui" line="94"/>
        <source>取消所选关联</source>
        <translation>Remove selected link</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="25"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="25"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="26"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="26"/>
        <source>企业决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="27"/>
        <source>节能量 tce（当量）</source>
        <translation>Saving tce (calorific)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="27"/>
        <source>tce（等价）</source>
        <translation>tce (equivalent)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="28"/>
        <source>减排 tCO2</source>
        <translation>CO2 t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="28"/>
        <source>年节约 万元</source>
        <translation>Saving 10k yuan/a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="29"/>
        <source>投资 万元</source>
        <translation>Investment 10k yuan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="29"/>
        <source>回收期 年</source>
        <translation>Payback years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="57"/>
        <source>静态投资回收期</source>
        <translation>Simple payback</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="57"/>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="106"/>
        <source>合计（不含“不采纳”）：</source>
        <translation>Totals (rejected ones left out): </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="107"/>
        <source>节能量 %1 tce（当量）</source>
        <translation>saving %1 tce (calorific)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="108"/>
        <source>、%1 tce（等价）</source>
        <translation>, %1 tce (equivalent)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="109"/>
        <source>减排 %1 tCO2</source>
        <translation>CO2 %1 t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="110"/>
        <source>投资 %1 万元，年节约 %2 万元，静态回收期 %3 年</source>
        <translation>investment %1 ×10k yuan, saving %2 ×10k yuan a year, payback %3 years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="152"/>
        <source>新措施</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="171"/>
        <source>删除措施</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/measures.py" line="172"/>
        <source>删除所选措施及其资源流、决定和关联？可用“撤销”恢复。</source>
        <translation>Delete the selected measure with its streams, decisions and links? Undo restores it.</translation>
    </message>
</context>
<context>
    <name>MeteringForm</name>
    <message>
        <location filename="../../forms/metering.ui" line="9"/>
        <source>配备率（GB 17167-2006 表3；应配备数双击编辑）</source>
        <translation>Metering rates (GB 17167-2006 table 3; double-click the required count)</translation>
    </message>
    <message>
        <location filename="../../forms/metering.ui" line="14"/>
        <source>添加应配备项…</source>
        <translation>Add requirement…</translation>
    </message>
    <message>
        <location filename="../../forms/metering.ui" line="24"/>
        <source>计量器具台账（双击单元格编辑）</source>
        <translation>Instrument ledger (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../../forms/metering.ui" line="26"/>
        <source>添加计量器具…</source>
        <translation>Add instrument…</translation>
    </message>
    <message>
        <location filename="../../forms/metering.ui" line="27"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>MeteringPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="18"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="19"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="20"/>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="21"/>
        <source>测量范围</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="22"/>
        <source>准确度等级</source>
        <translation>Accuracy class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="23"/>
        <source>安装位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="24"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="30"/>
        <source>能源种类</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="25"/>
        <source>级别（1/2/3）</source>
        <translation>Level (1/2/3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="26"/>
        <source>检定日期</source>
        <translation>Calibrated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="27"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="31"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="32"/>
        <source>应配备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="33"/>
        <source>已配备</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="34"/>
        <source>配备率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="35"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="36"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="102"/>
        <source>检定已过期：</source>
        <translation>Calibration expired: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="104"/>
        <source>未填有效期：</source>
        <translation>No expiry date: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="107"/>
        <source>依据：</source>
        <translation>Basis: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="142"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="146"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="151"/>
        <source>添加计量器具</source>
        <translation>Add instrument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="142"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="146"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="163"/>
        <source>能源种类：</source>
        <translation>Energy:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="151"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="168"/>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="163"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="168"/>
        <location filename="../../desktop_app/ui/pages/metering.py" line="172"/>
        <source>添加应配备项</source>
        <translation>Add requirement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/metering.py" line="172"/>
        <source>应配备数量：</source>
        <translation>Required count:</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <location filename="../../forms/overview.ui" line="9"/>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="12"/>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="14"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="16"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="18"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="20"/>
        <source>企业规模</source>
        <translation>Size class</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="22"/>
        <source>诊断类型</source>
        <translation>Diagnosis type</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="24"/>
        <source>服务机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="26"/>
        <source>诊断基准日期</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="28"/>
        <source>综合能耗</source>
        <translation>Energy consumption</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="30"/>
        <source>二氧化碳排放</source>
        <translation>CO2 emissions</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="37"/>
        <source>状态与完整度</source>
        <translation>State and completeness</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="40"/>
        <source>文件完整性：各行、修改记录、数据库结构、状态和数据块是否都按修改记录核对无误；签名：谁提交、谁审核，其密钥是否已登记在本机的密钥环中（jnzd keys）</source>
        <translation>File integrity: whether every row, the journal, the database structure, the state and the data blocks check out against the journal; signatures: who submitted, who reviewed, and whether their keys are in this computer&apos;s keyring (jnzd keys)</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="41"/>
        <source>必填项完整度 %p%</source>
        <translation>Required fields %p%</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="42"/>
        <source>诊断清单必填条目 %p%</source>
        <translation>Checklist required items %p%</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="45"/>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="46"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="47"/>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="48"/>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="49"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../forms/overview.ui" line="57"/>
        <source>待完善（双击跳转）</source>
        <translation>To complete (double-click to go there)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="67"/>
        <source>状态：</source>
        <translation>State: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="69"/>
        <source>（只读）</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="76"/>
        <source>清单：</source>
        <translation>Checklist: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="77"/>
        <source>各章节必填：</source>
        <translation>Required per section: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="78"/>
        <source>尚未选择诊断清单模板</source>
        <translation>No checklist template chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="93"/>
        <source>文件完整性已核对</source>
        <translation>File integrity checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="96"/>
        <source>文件在程序之外被改动过（见下方待完善清单中的“文件完整性”各条）</source>
        <translation>The file was changed outside the app (see the &apos;File integrity&apos; items in the list below)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="113"/>
        <source>没有待完善的内容。</source>
        <translation>Nothing left to complete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="131"/>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="131"/>
        <source>退回原因：</source>
        <translation>Reason for returning:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="135"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="135"/>
        <source>确定要“%s”这个案例吗？</source>
        <translation>Really &apos;%s&apos; this case?</translation>
    </message>
</context>
<context>
    <name>PortfolioCharts</name>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="138"/>
        <source>按状态</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="139"/>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="141"/>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="143"/>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="146"/>
        <source>案例数（家）</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="140"/>
        <source>按行业（前 10）</source>
        <translation>By industry (top 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="142"/>
        <source>按地区（市，前 10）</source>
        <translation>By region (city, top 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="144"/>
        <source>各案例节能量分布</source>
        <translation>Savings per case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="145"/>
        <source>节能量（tce/a）</source>
        <translation>Savings (tce/a)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_charts.py" line="158"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="19"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="20"/>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="21"/>
        <source>退回修改</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="22"/>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="23"/>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="70"/>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="71"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="72"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="73"/>
        <source>服务机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="74"/>
        <source>诊断类型</source>
        <translation>Diagnosis type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="75"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="76"/>
        <source>完整度（%）</source>
        <translation>Completeness (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="77"/>
        <source>阻断问题</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="78"/>
        <source>阻止提交的问题（项），含文件完整性：各行、修改记录、数据库结构、状态和数据块已按修改记录核对；数据库页面未在此核对（jnzd check 或打开案例时核对）</source>
        <translation>Problems that block submission (count), file integrity included: rows, journal, database structure, state and data blocks are checked against the journal; the database pages are not checked here (jnzd check and opening the case do)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="81"/>
        <source>合理性问题</source>
        <translation>Plausibility</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="82"/>
        <source>需核实的数据问题（项）：缺少的输入、前后不一致、待核实的数值；不含设备淘汰、低于限定值等诊断发现</source>
        <translation>Data problems to verify: missing inputs, inconsistencies, values to check; not the diagnosis&apos; findings such as eliminated or below-limit equipment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="84"/>
        <source>综合能耗（tce）</source>
        <translation>Energy use (tce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="85"/>
        <source>综合能源消费量，当量值</source>
        <translation>Comprehensive energy consumption, calorific equivalent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="86"/>
        <source>节能措施（项）</source>
        <translation>Measures (count)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="87"/>
        <source>不含企业不采纳的措施</source>
        <translation>Excluding measures the enterprise rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="88"/>
        <source>节能量（tce/a）</source>
        <translation>Savings (tce/a)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="89"/>
        <source>节能量，当量值</source>
        <translation>Energy savings, calorific equivalent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="90"/>
        <source>减排（tCO2/a）</source>
        <translation>CO2 reduction (tCO2/a)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="91"/>
        <source>年节约（万元）</source>
        <translation>Annual saving (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="92"/>
        <source>投资（万元）</source>
        <translation>Investment (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="93"/>
        <source>企业反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="94"/>
        <source>审核意见（条）</source>
        <translation>Review comments (open)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="95"/>
        <source>尚未解决的审核意见</source>
        <translation>Review comments not yet resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="96"/>
        <source>上次审核</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="97"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="98"/>
        <source>提交人的签名：✓ 有效且密钥已登记；密钥未登记；未签名；伪造（阻断）。密钥环用 jnzd keys add 导入</source>
        <translation>The submitter&apos;s signature: ✓ valid with a known key; key unknown; unsigned; forged (blocking). Import keys with jnzd keys add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="101"/>
        <source>审核后修改（组）</source>
        <translation>Changes since review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="102"/>
        <source>上次审核决定之后工程师的修改</source>
        <translation>Engineer&apos;s change groups since the last review decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="103"/>
        <source>最后修改</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="104"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_columns.py" line="105"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="183"/>
        <source>无法读取：</source>
        <translation>Cannot read: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="203"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="203"/>
        <source>未填完</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="209"/>
        <source>上报数据包</source>
        <translation>Upload bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="219"/>
        <source>上报数据包只能查看：审核意见和审核决定需要打开对应的 .jnzd 案例文件</source>
        <translation>Upload bundles are view-only: review comments and decisions need the matching .jnzd case file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="222"/>
        <source>已提交，等待审核</source>
        <translation>Submitted, waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="224"/>
        <source>上次审核后有修改并重新提交：请查看修改内容</source>
        <translation>Changed and resubmitted since the last review: check what changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="226"/>
        <source>有 %1 条审核意见尚未解决</source>
        <translation>%1 review comment(s) not yet resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="228"/>
        <source>必填内容尚未填完</source>
        <translation>Required content is not complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/portfolio_model.py" line="230"/>
        <source>UTC 时间：</source>
        <translation>UTC time: </translation>
    </message>
</context>
<context>
    <name>ProductsForm</name>
    <message>
        <location filename="../../forms/products.ui" line="11"/>
        <source>添加产品指标…</source>
        <translation>Add product indicator…</translation>
    </message>
    <message>
        <location filename="../../forms/products.ui" line="12"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../forms/products.ui" line="18"/>
        <source>所选指标的输入（双击数值编辑）</source>
        <translation>Inputs of the selected indicator (double-click a value)</translation>
    </message>
    <message>
        <location filename="../../forms/products.ui" line="26"/>
        <source>判定过程（标准、表、修正、限额）</source>
        <translation>How it was graded (standard, table, corrections, limits)</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="66"/>
        <source>输入项</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="66"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="28"/>
        <location filename="../../desktop_app/ui/pages/products.py" line="66"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="25"/>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="26"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="27"/>
        <source>计算值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="29"/>
        <source>1级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="30"/>
        <source>2级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="31"/>
        <source>3级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="32"/>
        <source>判定</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="33"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="34"/>
        <source>节能量（tce）</source>
        <translation>Savings (tce)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="37"/>
        <source>本期产量</source>
        <translation>Output (this period)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="38"/>
        <source>对比期单位产品能耗（用于节能量）</source>
        <translation>Unit consumption of the comparison period (for savings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="86"/>
        <source>单位产值综合能耗：%1 tce/万元（综合能耗 ÷ 工业总产值）</source>
        <translation>Energy per output value: %1 tce per 10k yuan (energy ÷ gross output value)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="88"/>
        <source>单位产值综合能耗：需要能源消费和企业概况中的工业总产值</source>
        <translation>Energy per output value: needs energy data and the gross output value in the profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products.py" line="173"/>
        <source>节能量（GB/T 13234）=（对比期单耗 − 本期单耗）× 本期产量 = %1 tce</source>
        <translation>Savings (GB/T 13234) = (comparison − current unit consumption) × current output = %1 tce</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../forms/profile.ui" line="9"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="12"/>
        <source>企业名称 *</source>
        <translation>Enterprise name *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="13"/>
        <source>与营业执照一致</source>
        <translation>as on the business licence</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="14"/>
        <source>统一社会信用代码 *</source>
        <translation>Unified social credit code *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="15"/>
        <source>18 位，含校验码</source>
        <translation>18 characters, incl. check character</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="16"/>
        <source>所在省份 *</source>
        <translation>Province *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="18"/>
        <source>所在地市 *</source>
        <translation>City *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="19"/>
        <source>例如：新乡市</source>
        <translation>e.g. 新乡市</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="20"/>
        <source>所在区县 *</source>
        <translation>County *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="21"/>
        <source>例如：辉县市</source>
        <translation>e.g. 辉县市</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="22"/>
        <source>详细地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="24"/>
        <source>所属行业（GB/T 4754-2017）*</source>
        <translation>Industry (GB/T 4754-2017) *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="31"/>
        <source>规模与能耗</source>
        <translation>Scale and energy</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="34"/>
        <source>从业人员（人）*</source>
        <translation>Employees (persons) *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="36"/>
        <source>营业收入（万元）*</source>
        <translation>Revenue (10k yuan) *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="38"/>
        <source>工业总产值（万元）</source>
        <translation>Gross industrial output (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="40"/>
        <source>上年度综合能源消费量（吨标准煤）*</source>
        <translation>Comprehensive energy consumption last year (tce) *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="42"/>
        <source>企业规模（按工信部联企业〔2011〕300号）</source>
        <translation>Size class (MIIT 工信部联企业〔2011〕300号)</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="49"/>
        <source>生产情况</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="52"/>
        <source>主要产品 *</source>
        <translation>Main products *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="53"/>
        <source>产品名称及年产量</source>
        <translation>Product names and annual output</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="54"/>
        <source>生产能力</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="55"/>
        <source>主要生产线、装置及规模</source>
        <translation>Main production lines, units and their scale</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="56"/>
        <source>主要生产工艺</source>
        <translation>Main production process</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="57"/>
        <source>工艺流程简述</source>
        <translation>brief process flow</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="58"/>
        <source>能源供应系统</source>
        <translation>Energy supply systems</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="59"/>
        <source>供电、供热、燃料、压缩空气、供水等</source>
        <translation>power, heat, fuels, compressed air, water …</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="65"/>
        <source>企业联系人 *</source>
        <translation>Enterprise contacts *</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="71"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="72"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="73"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="74"/>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="77"/>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../forms/profile.ui" line="78"/>
        <source>删除所选联系人</source>
        <translation>Remove selected contact</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/profile.py" line="30"/>
        <location filename="../../desktop_app/ui/pages/profile.py" line="33"/>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/profile.py" line="90"/>
        <source>无法划型</source>
        <translation>cannot classify</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/profile.py" line="119"/>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/profile.py" line="119"/>
        <source>联系人姓名：</source>
        <translation>Contact name:</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../forms/report.ui" line="9"/>
        <source>导出到文件夹：</source>
        <translation>Export to folder:</translation>
    </message>
    <message>
        <location filename="../../forms/report.ui" line="11"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/report.ui" line="12"/>
        <source>导出报告、附表和上报数据包</source>
        <translation>Export report, annexes and upload bundle</translation>
    </message>
    <message>
        <location filename="../../forms/report.ui" line="13"/>
        <source>预览报告</source>
        <translation>Preview report</translation>
    </message>
    <message>
        <location filename="../../forms/report.ui" line="14"/>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="74"/>
        <source>案例已修改，预览不是最新的：请重新预览。</source>
        <translation>The case has changed; the preview is out of date: preview again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="80"/>
        <source>选择导出文件夹</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="102"/>
        <source>已停止。</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="121"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="127"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="136"/>
        <source>正在生成预览……</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="146"/>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/report.py" line="149"/>
        <source>预览：共 %1 页（草稿水印直至案例审核通过）</source>
        <translation>Preview: %1 pages (DRAFT watermark until the case is approved)</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <location filename="../../forms/review_comment.ui" line="6"/>
        <source>添加审核意见</source>
        <translation>Add a review comment</translation>
    </message>
    <message>
        <location filename="../../forms/review_comment.ui" line="8"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../forms/review_comment.ui" line="10"/>
        <source>关联对象</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../forms/review_comment.ui" line="14"/>
        <source>可选：清单条目、设备或节能措施；输入文字可筛选</source>
        <translation>Optional: a checklist item, device or measure; type to filter</translation>
    </message>
    <message>
        <location filename="../../forms/review_comment.ui" line="16"/>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../forms/review_comment.ui" line="18"/>
        <source>写明问题和需要工程师做什么，例如：请补充空压机铭牌照片。</source>
        <translation>Say what is wrong and what the engineer should do, e.g. add a photo of the compressor&apos;s nameplate.</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/review/filter_bar.py" line="20"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/filter_bar.py" line="31"/>
        <source>全部机构</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/filter_bar.py" line="33"/>
        <source>全部地区</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>ReviewLegend</name>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="15"/>
        <source>阻断问题 / 无法读取</source>
        <translation>Blocking problems / unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="16"/>
        <source>合理性问题 / 完整度不足</source>
        <translation>Plausibility problems / incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="17"/>
        <source>粗体：已提交，待审核</source>
        <translation>Bold: submitted, awaiting review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="18"/>
        <source>有未解决的审核意见</source>
        <translation>Open review comments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="19"/>
        <source>审核后修改并重新提交</source>
        <translation>Changed and resubmitted after review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/legend.py" line="27"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="85"/>
        <source>未打开案例</source>
        <translation>No case open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="91"/>
        <source>尚未审核。</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="94"/>
        <source>上次审核：&lt;b&gt;%s&lt;/b&gt; · %s · %s</source>
        <translation>Last review: &lt;b&gt;%s&lt;/b&gt; · %s · %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="97"/>
        <source>未解决的意见：%d 条；共 %d 条。</source>
        <translation>Unresolved comments: %d of %d.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="99"/>
        <source>重新提交，审核后有 %d 项修改（见“审核后的修改”）。</source>
        <translation>Resubmitted with %d changes since the review (see &quot;Changes since review&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="102"/>
        <source>○ 未解决</source>
        <translation>○ Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="102"/>
        <source>✓ 已解决</source>
        <translation>✓ Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="113"/>
        <source>审核意见（%d 未解决）</source>
        <translation>Comments (%d open)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="115"/>
        <source>自上次审核（%s）以来工程师的 %d 项操作，最新的在前：</source>
        <translation>Since the last review (%s) the engineer made %d changes, newest first:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="118"/>
        <source>尚未审核：以下是案例建立以来的全部 %d 项操作，最新的在前。</source>
        <translation>Not reviewed yet: all %d operations since the case was created, newest first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="123"/>
        <source>……另有 %d 项改动</source>
        <translation>…and %d more changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="130"/>
        <source>审核后的修改（%d）</source>
        <translation>Changes since review (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="149"/>
        <source>%s（%s %s）：%s</source>
        <translation>%s (%s %s): %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="151"/>
        <source>✓ %s（%s）：%s</source>
        <translation>✓ %s (%s): %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="152"/>
        <source>已解决</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="181"/>
        <source>标记已解决</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="182"/>
        <source>处理说明（可选）：
%s</source>
        <translation>What was done (optional):
%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="191"/>
        <source>撤回意见</source>
        <translation>Withdraw comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="191"/>
        <source>撤回这条审核意见？
%s</source>
        <translation>Withdraw this review comment?
%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="216"/>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="216"/>
        <source>退回原因（已添加的审核意见会一并退回）：</source>
        <translation>Reason for returning (the comments added go back with it):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="221"/>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="221"/>
        <source>确认审核通过？审核人：%s</source>
        <translation>Approve this case? Reviewer: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="226"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/panel.py" line="226"/>
        <source>重新打开的原因：</source>
        <translation>Reason for reopening:</translation>
    </message>
</context>
<context>
    <name>ReviewPanelForm</name>
    <message>
        <location filename="../../forms/review_panel.ui" line="10"/>
        <source>尚未审核</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="14"/>
        <source>审核意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="20"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="21"/>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="22"/>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="23"/>
        <location filename="../../forms/review_panel.ui" line="62"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="24"/>
        <location filename="../../forms/review_panel.ui" line="49"/>
        <location filename="../../forms/review_panel.ui" line="60"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="32"/>
        <source>转到</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="32"/>
        <source>打开意见所指的部分、条目、设备或措施</source>
        <translation>Open the section, item, device or measure the comment is about</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="33"/>
        <source>标记已解决…</source>
        <translation>Mark resolved…</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="34"/>
        <source>添加意见…</source>
        <translation>Add comment…</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="35"/>
        <source>撤回意见</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="41"/>
        <source>审核后的修改</source>
        <translation>Changes since review</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="50"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="51"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="56"/>
        <source>审核记录</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="61"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="63"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="72"/>
        <source>退回修改…</source>
        <translation>Return for changes…</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="72"/>
        <source>退回工程师修改：案例回到可编辑状态，审核意见随案例文件一起送回</source>
        <translation>Return to the engineer: the case becomes editable again and the comments travel with the case file</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="73"/>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="73"/>
        <source>审核通过：要求所有审核意见已解决</source>
        <translation>Approve: every review comment must be resolved</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="74"/>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../forms/review_panel.ui" line="74"/>
        <source>把已通过的案例退回修改</source>
        <translation>Send an approved case back for changes</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="66"/>
        <source>用“打开文件夹…”选择存放案例文件（.jnzd）的文件夹</source>
        <translation>Use &quot;Open folder…&quot; to choose the folder that holds the case files (.jnzd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="95"/>
        <source>审核人：</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="98"/>
        <source>记录在审核意见和审核决定中的姓名</source>
        <translation>The name recorded with review comments and decisions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="106"/>
        <source>读取中 %p%</source>
        <translation>Reading %p%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="107"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="108"/>
        <source>停止读取；表格保持原样</source>
        <translation>Stop reading; the table stays as it was</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="157"/>
        <source>尚未打开文件夹</source>
        <translation>No folder open yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="163"/>
        <source>文件已不存在：%1</source>
        <translation>File no longer exists: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="175"/>
        <source>正在停止读取…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="180"/>
        <source>选择存放案例文件的文件夹</source>
        <translation>Choose the folder that holds the case files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="198"/>
        <source>正在读取案例文件…</source>
        <translation>Reading case files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="209"/>
        <source>已读取 %1 个文件</source>
        <translation>Read %1 file(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="211"/>
        <source>，其中 %1 个无法读取</source>
        <translation>, %1 of them unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="216"/>
        <source>读取案例</source>
        <translation>Read cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="118"/>
        <source>已取消读取，表格未更改</source>
        <translation>Reading cancelled; the table is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="246"/>
        <source>显示 %1 / 共 %2 个案例</source>
        <translation>Showing %1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="255"/>
        <source>统计筛选后显示的 %1 个文件</source>
        <translation>Charts count the %1 file(s) shown by the filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="255"/>
        <source>统计全部 %1 个文件（不随筛选变化）</source>
        <translation>Charts count all %1 file(s) (not the filter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="275"/>
        <source>无法打开：</source>
        <translation>Cannot open: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="292"/>
        <source>导出汇总表</source>
        <translation>Export summary workbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="292"/>
        <source>案例汇总</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="292"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="297"/>
        <source>导出工作总结</source>
        <translation>Export work summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="297"/>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="297"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="304"/>
        <location filename="../../desktop_app/ui/review/window.py" line="312"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="120"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="141"/>
        <source>案例审核</source>
        <translation>Case review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review/window.py" line="321"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ReviewWindowForm</name>
    <message>
        <location filename="../../forms/review_window.ui" line="6"/>
        <source>案例审核 — 节能诊断工作台</source>
        <translation>Case review — JNZD Workbench</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="23"/>
        <source>可读取的案例（家）</source>
        <translation>Readable cases</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="29"/>
        <source>待审核（已提交，家）</source>
        <translation>Awaiting review (submitted)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="35"/>
        <source>无法读取的文件（个）</source>
        <translation>Unreadable files</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="41"/>
        <source>节能量（当量值，tce/a）</source>
        <translation>Savings (calorific equivalent, tce/a)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="47"/>
        <source>减排（tCO2/a）</source>
        <translation>CO2 reduction (tCO2/a)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="53"/>
        <source>年节约（万元/a）</source>
        <translation>Annual saving (10k yuan/a)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="59"/>
        <source>投资（万元）</source>
        <translation>Investment (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="65"/>
        <source>已确认企业反馈（家）</source>
        <translation>Enterprise feedback confirmed</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="77"/>
        <source>搜索：企业名称、信用代码、地区、行业、机构、文件名</source>
        <translation>Search: enterprise, credit code, region, industry, agency, file name</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="81"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="83"/>
        <source>服务机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="85"/>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="89"/>
        <source>只看需关注的</source>
        <translation>Needs attention only</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="90"/>
        <source>有阻断问题或合理性问题、完整度不足 100%、无法读取、已提交待审核或有未解决审核意见的案例</source>
        <translation>Cases with blocking or plausibility problems, less than 100% complete, unreadable, submitted and waiting for review, or with open review comments</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="104"/>
        <source>双击或按回车打开案例进行审核</source>
        <translation>Double-click or press Enter to open a case for review</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="112"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="123"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="129"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="144"/>
        <source>统计图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="159"/>
        <source>图表随筛选变化</source>
        <translation>Charts follow the filter</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="160"/>
        <source>勾选后图表只统计表格中显示的案例；不勾选时统计全部已读取的案例</source>
        <translation>When checked, the charts count only the cases shown in the table; otherwise all cases read</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="177"/>
        <source>打开文件夹(&amp;O)…</source>
        <translation>&amp;Open folder…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="178"/>
        <source>打开文件夹…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="179"/>
        <source>选择存放案例文件的文件夹（含子文件夹），替换当前列表</source>
        <translation>Choose a folder of case files (subfolders included); replaces the current list</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="183"/>
        <source>添加文件夹(&amp;A)…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="184"/>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="185"/>
        <source>再添加一个文件夹，与已打开的文件夹一起汇总</source>
        <translation>Add another folder to the ones already open</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="188"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="189"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="190"/>
        <source>重新读取已打开文件夹中的全部案例（F5）</source>
        <translation>Read all cases in the open folders again (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="194"/>
        <source>导出汇总表（xlsx）(&amp;X)…</source>
        <translation>E&amp;xport summary workbook (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="195"/>
        <source>导出汇总表（xlsx）…</source>
        <translation>Export summary (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="196"/>
        <source>导出全部已读取的案例（不受筛选影响）：案例一览、意向企业名单、工作总结</source>
        <translation>Exports all cases read (the filter does not apply): case overview, intended enterprise list, work summary</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="199"/>
        <source>导出工作总结（PDF）(&amp;P)…</source>
        <translation>Export work summary (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="200"/>
        <source>导出工作总结（PDF）…</source>
        <translation>Export work summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="201"/>
        <source>按全部已读取的案例（不受筛选影响）生成工作总结 PDF</source>
        <translation>Writes the work summary PDF from all cases read (the filter does not apply)</translation>
    </message>
    <message>
        <location filename="../../forms/review_window.ui" line="204"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="34"/>
        <source>案例概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="35"/>
        <source>企业概况</source>
        <translation>Enterprise profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="37"/>
        <source>诊断任务</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="39"/>
        <source>诊断清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="41"/>
        <source>能源消费</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="43"/>
        <source>产品能耗</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="45"/>
        <source>能源计量</source>
        <translation>Metering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="47"/>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="49"/>
        <source>测量</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="51"/>
        <source>计算</source>
        <translation>Calculations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="53"/>
        <source>节能措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="55"/>
        <source>企业反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sections.py" line="57"/>
        <source>报告与上报</source>
        <translation>Report &amp; bundle</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="19"/>
        <source>打开时</source>
        <translation>On open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="19"/>
        <source>定时</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="19"/>
        <source>批量操作前</source>
        <translation>Before bulk operation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="20"/>
        <source>升级格式前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="20"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="20"/>
        <source>关闭时</source>
        <translation>On close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="21"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="62"/>
        <source>恢复快照</source>
        <translation>Restore snapshot</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/snapshots_dialog.py" line="63"/>
        <source>将案例恢复到 %s 的状态？当前状态会先另存为一个快照。</source>
        <translation>Restore the case to its state at %s? The current state is snapshotted first.</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="6"/>
        <source>快照</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="8"/>
        <source>快照在打开案例时、修改后每 10 分钟、批量操作前和关闭时自动创建。恢复前会先为当前状态再建一个快照，恢复本身也可以再恢复回来。</source>
        <translation>Snapshots are taken when a case is opened, every 10 minutes while it changes, before bulk operations and on close. Restoring first snapshots the current state, so a restore can itself be undone.</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="13"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="14"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="15"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="16"/>
        <source>修改记录标识</source>
        <translation>Journal head</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="19"/>
        <source>立即创建快照</source>
        <translation>Take snapshot now</translation>
    </message>
    <message>
        <location filename="../../forms/snapshots.ui" line="20"/>
        <source>恢复所选快照…</source>
        <translation>Restore selected snapshot…</translation>
    </message>
</context>
<context>
    <name>StartForm</name>
    <message>
        <location filename="../../forms/start.ui" line="7"/>
        <source>&lt;h2&gt;节能诊断工作台&lt;/h2&gt;&lt;p&gt;每个企业一个案例文件（.jnzd）。所有修改立即保存，无需“保存”按钮。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;JNZD Workbench&lt;/h2&gt;&lt;p&gt;One case file (.jnzd) per enterprise. Every edit is saved at once; there is no Save button.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="9"/>
        <source>新建案例…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="10"/>
        <source>打开案例…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="13"/>
        <source>最近打开（双击打开，也可以把 .jnzd 文件拖到窗口里）：</source>
        <translation>Recent (double-click to open, or drop a .jnzd file on the window):</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/templates_dialog.py" line="100"/>
        <location filename="../../forms/templates.ui" line="6"/>
        <source>诊断清单模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <location filename="../../forms/templates.ui" line="10"/>
        <source>诊断基准日期：</source>
        <translation>As-of date:</translation>
    </message>
    <message>
        <location filename="../../forms/templates.ui" line="11"/>
        <source>2026-03-20</source>
        <translation>2026-03-20</translation>
    </message>
    <message>
        <location filename="../../forms/templates.ui" line="12"/>
        <source>通用清单版本：</source>
        <translation>General checklist edition:</translation>
    </message>
    <message>
        <location filename="../../forms/templates.ui" line="16"/>
        <source>行业模块（按企业所属行业预选，可多选）：</source>
        <translation>Industry modules (preselected by the enterprise&apos;s industry; several allowed):</translation>
    </message>
    <message>
        <location filename="../../forms/templates.ui" line="18"/>
        <source>变更预览：</source>
        <translation>Preview of changes:</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="17"/>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="23"/>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="33"/>
        <source>校验上报数据包</source>
        <translation>Verify upload bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="17"/>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="38"/>
        <source>上报数据包 (*.zip)</source>
        <translation>Upload bundle (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="27"/>
        <source>校验通过：%1 个成员，SHA-256 与大小均一致。
企业：%2
统一社会信用代码：%3
诊断基准日期：%4</source>
        <translation>Verified: %1 members, SHA-256 and sizes match.
Enterprise: %2
USCC: %3
As-of date: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="38"/>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="49"/>
        <source>打开上报数据包</source>
        <translation>Open upload bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="41"/>
        <source>还原为案例文件</source>
        <translation>Restore as a case file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bundle_actions.py" line="43"/>
        <source>节能诊断案例 (*%1)</source>
        <translation>Diagnosis case (*%1)</translation>
    </message>
</context>
</TS>
