<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssumptionText</name>
    <message>
        <source>Catalog data version</source>
        <translation>数据目录版本</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <source>FLOPs per parameter per token</source>
        <translation>每参数每 token 的 FLOPs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Active parameters (per token)</source>
        <translation>激活参数量（每个 token）</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <source>Training compute (k·N·D)</source>
        <translation>训练计算量（k·N·D）</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Training tokens (dataset × epochs)</source>
        <translation>训练 token 数（数据集 × 轮数）</translation>
    </message>
    <message>
        <source>Training tokens (steps × batch × sequence length)</source>
        <translation>训练 token 数（步数 × 批大小 × 序列长度）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Device-hours (accounting mode)</source>
        <translation>设备小时（核算模式）</translation>
    </message>
    <message>
        <source>Wall-clock hours (accounting mode)</source>
        <translation>墙钟小时数（核算模式）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Dense peak per device</source>
        <translation>单设备稠密峰值</translation>
    </message>
    <message>
        <source>Model FLOPs utilization</source>
        <translation>模型算力利用率</translation>
    </message>
    <message>
        <source>Implied MFU (from the runtime)</source>
        <translation>隐含 MFU（由运行时间推算）</translation>
    </message>
    <message>
        <source>Average power per device (measured)</source>
        <translation>单设备平均功率（实测）</translation>
    </message>
    <message>
        <source>Average power per device (idle + u·(TDP − idle))</source>
        <translation>单设备平均功率（空闲 + u·(TDP − 空闲)）</translation>
    </message>
    <message>
        <source>Host power per device</source>
        <translation>单设备主机功率</translation>
    </message>
    <message>
        <source>TDP per device</source>
        <translation>单设备 TDP</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>功率利用率</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Cloud region</source>
        <translation>云区域</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <source>Grid carbon intensity, %1 %2 (%3)</source>
        <translation>电网碳强度，%1，%2 年（%3）</translation>
    </message>
    <message>
        <source>Carbon-free energy (market-based)</source>
        <translation>无碳能源（基于市场）</translation>
    </message>
    <message>
        <source>Carbon-free energy (provider CFE%)</source>
        <translation>无碳能源（服务商 CFE%）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>PUE (global default)</source>
        <translation>PUE（全球默认值）</translation>
    </message>
    <message>
        <source>PUE (%1)</source>
        <translation>PUE（%1）</translation>
    </message>
    <message>
        <source>PUE (%1 fleet)</source>
        <translation>PUE（%1 整体）</translation>
    </message>
    <message>
        <source>Search compute (in full runs)</source>
        <translation>搜索计算量（以完整训练次数计）</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>开发倍数</translation>
    </message>
    <message>
        <source>Embodied emissions per device</source>
        <translation>单设备隐含排放</translation>
    </message>
    <message>
        <source>Device lifetime</source>
        <translation>设备使用寿命</translation>
    </message>
    <message>
        <source>Price per device-hour</source>
        <translation>每设备小时价格</translation>
    </message>
    <message>
        <source>Carbon price per tonne</source>
        <translation>每吨碳价</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>%1: not an aicarbon recovery file (version %2)</source>
        <translation>%1：不是 aicarbon 恢复文件（版本 %2）</translation>
    </message>
    <message>
        <source>%1: the recovered work is not a project</source>
        <translation>%1：恢复的内容不是项目</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Final run</source>
        <translation>最终训练</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参数搜索</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Embodied (hardware)</source>
        <translation>隐含排放（硬件）</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Export Figure…</source>
        <translation>导出图表…</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>移动情景</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>设为基准</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>添加情景</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>复制情景</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <source>Device-hours (final run)</source>
        <translation>设备小时（最终训练）</translation>
    </message>
    <message>
        <source>Wall-clock time (final run)</source>
        <translation>墙钟时间（最终训练）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT 能耗</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>设施能耗</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <source>Operational CO₂e (location-based)</source>
        <translation>运行 CO₂e（基于位置）</translation>
    </message>
    <message>
        <source>    of which search</source>
        <translation>    其中搜索</translation>
    </message>
    <message>
        <source>    of which development</source>
        <translation>    其中开发</translation>
    </message>
    <message>
        <source>Market-based CO₂e</source>
        <translation>基于市场的 CO₂e</translation>
    </message>
    <message>
        <source>Embodied CO₂e</source>
        <translation>隐含 CO₂e</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>总 CO₂e</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>%1 must be positive; found %2.</source>
        <translation>%1 必须为正数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be zero or positive; found %2.</source>
        <translation>%1 必须为零或正数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; found %4.</source>
        <translation>%1 必须介于 %2 与 %3 之间；实际为 %4。</translation>
    </message>
    <message>
        <source>%1 must be above %2 and at most %3; found %4.</source>
        <translation>%1 必须大于 %2 且不超过 %3；实际为 %4。</translation>
    </message>
    <message>
        <source>%1 must be at most %2; found %3.</source>
        <translation>%1 不能超过 %2；实际为 %3。</translation>
    </message>
    <message>
        <source>%1 must be at least %2; found %3.</source>
        <translation>%1 必须不小于 %2；实际为 %3。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2; found %3.</source>
        <translation>%1 必须大于 %2；实际为 %3。</translation>
    </message>
    <message>
        <source>%1 is needed by this search method.</source>
        <translation>此搜索方法需要%1。</translation>
    </message>
    <message>
        <source>%1: the number is too large to represent.</source>
        <translation>%1：数值过大，无法表示。</translation>
    </message>
    <message>
        <source>%1 must be a whole number; found %2.</source>
        <translation>%1 必须为整数；实际为 %2。</translation>
    </message>
    <message>
        <source>%1 must be one of %2; found “%3”.</source>
        <translation>%1 必须为 %2 之一；实际为“%3”。</translation>
    </message>
    <message>
        <source>The low end %1 must not exceed the value %2.</source>
        <translation>下限 %1 不能大于数值 %2。</translation>
    </message>
    <message>
        <source>The high end %1 must not be below the value %2.</source>
        <translation>上限 %1 不能小于数值 %2。</translation>
    </message>
    <message>
        <source>A lognormal range needs a low end above zero; found %1.</source>
        <translation>对数正态范围的下限必须大于零；实际为 %1。</translation>
    </message>
    <message>
        <source>%1 must be a number; found %2.</source>
        <translation>%1 必须是数字；实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be a text; found %2.</source>
        <translation>%1 必须是文本；实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be true or false; found %2.</source>
        <translation>%1 必须是 true 或 false；实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be an object; found %2.</source>
        <translation>%1 必须是对象；实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be a list; found %2.</source>
        <translation>%1 必须是列表；实际为%2。</translation>
    </message>
    <message>
        <source>Each scenario must be an object; found %1.</source>
        <translation>每个情景都必须是对象；实际为%1。</translation>
    </message>
    <message>
        <source>%1: a range needs a central value.</source>
        <translation>%1：范围需要一个中心值。</translation>
    </message>
    <message>
        <source>%1: a range needs both a low and a high end.</source>
        <translation>%1：范围需要同时给出下限和上限。</translation>
    </message>
    <message>
        <source>Successive halving needs the number of configurations.</source>
        <translation>逐次减半需要给出配置数。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: its format is “%1”.</source>
        <translation>这不是 AI Carbon Planner 文件：其格式为“%1”。</translation>
    </message>
    <message>
        <source>This is not an AI Carbon Planner file: it names no format.</source>
        <translation>这不是 AI Carbon Planner 文件：文件未注明格式。</translation>
    </message>
    <message>
        <source>The file does not give its format version (expected %1).</source>
        <translation>文件未给出格式版本（应为 %1）。</translation>
    </message>
    <message>
        <source>Unknown format version %2; expected %1.</source>
        <translation>未知的格式版本 %2；应为 %1。</translation>
    </message>
    <message>
        <source>The file must hold a JSON object at the top level; found %1.</source>
        <translation>文件顶层必须是一个 JSON 对象；实际为%1。</translation>
    </message>
    <message>
        <source>A project needs a list of scenarios.</source>
        <translation>项目需要一个情景列表。</translation>
    </message>
    <message>
        <source>This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application.</source>
        <translation>此文件使用格式版本 %1，由较新版本的 AI Carbon Planner 写入；当前版本只能读取版本 %2。请更新应用程序。</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>该文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The file holds a number too large to represent.</source>
        <translation>文件中有一个数值过大，无法表示。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Unknown key “%1” is ignored.</source>
        <translation>未知键“%1”已忽略。</translation>
    </message>
    <message>
        <source>Unknown model “%1”.</source>
        <translation>未知模型“%1”。</translation>
    </message>
    <message>
        <source>Unknown model “%1”. Did you mean %2?</source>
        <translation>未知模型“%1”。你是否指的是 %2？</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>未知设备“%1”。</translation>
    </message>
    <message>
        <source>Unknown device “%1”. Did you mean %2?</source>
        <translation>未知设备“%1”。你是否指的是 %2？</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>未知地区“%1”。</translation>
    </message>
    <message>
        <source>Unknown region “%1”. Did you mean %2?</source>
        <translation>未知地区“%1”。你是否指的是 %2？</translation>
    </message>
    <message>
        <source>The device count must be a whole number; found %1.</source>
        <translation>设备数量必须为整数；实际为 %1。</translation>
    </message>
    <message>
        <source>Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length).</source>
        <translation>步数、批大小和序列长度必须同时给出（token 数 = 步数 × 批大小 × 序列长度）。</translation>
    </message>
    <message>
        <source>Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used.</source>
        <translation>墙钟小时数 × 设备数与设备小时相差超过 %1；将使用设备小时。</translation>
    </message>
    <message>
        <source>A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak.</source>
        <translation>峰值 %1 TFLOP/s 约为稠密峰值 %2 TFLOP/s 的两倍：这看起来是稀疏算力数值；请使用稠密峰值。</translation>
    </message>
    <message>
        <source>An MFU of %1 is above %2; published large runs reach %3–%4.</source>
        <translation>MFU 为 %1，高于 %2；已发表的大规模训练可达 %3–%4。</translation>
    </message>
    <message>
        <source>The MFU is not used when the runtime is given; it is reported as implied.</source>
        <translation>给出运行时间时不使用 MFU；改为报告由运行时间推算的隐含 MFU。</translation>
    </message>
    <message>
        <source>Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime.</source>
        <translation>无法确定训练计算量：请给出训练 FLOPs、参数量及 token 数（或模型预设），或者运行时间。</translation>
    </message>
    <message>
        <source>No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision.</source>
        <translation>该设备在此精度下没有已知的稠密峰值：请输入峰值 TFLOP/s 或选择其他精度。</translation>
    </message>
    <message>
        <source>An average power of %1 W is above the TDP of %2 W (fine if it includes the host).</source>
        <translation>平均功率 %1 W 高于 TDP %2 W（如果其中包含主机功率，则没有问题）。</translation>
    </message>
    <message>
        <source>No TDP is known for this device: enter the average power or the TDP.</source>
        <translation>该设备没有已知的 TDP：请输入平均功率或 TDP。</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity.</source>
        <translation>地区 %1 没有已知的电网碳强度：请选择其他年份或来源，或输入碳强度。</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>地区 %1 在 %2 年没有已知的电网碳强度：请选择其他年份或来源，或输入碳强度。</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity.</source>
        <translation>来源 %2 中没有地区 %1 的已知电网碳强度：请选择其他年份或来源，或输入碳强度。</translation>
    </message>
    <message>
        <source>No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity.</source>
        <translation>来源 %3 中没有地区 %1 在 %2 年的已知电网碳强度：请选择其他年份或来源，或输入碳强度。</translation>
    </message>
    <message>
        <source>Give a region or a carbon intensity.</source>
        <translation>请给出地区或碳强度。</translation>
    </message>
    <message>
        <source>A carbon intensity above %1 gCO2e/kWh is higher than any national grid.</source>
        <translation>碳强度超过 %1 gCO2e/kWh，高于任何国家的电网。</translation>
    </message>
    <message>
        <source>A PUE above %1 is unusual for a data centre today.</source>
        <translation>PUE 超过 %1，对当今的数据中心而言并不常见。</translation>
    </message>
    <message>
        <source>Trials are longer than the final run (fraction %1).</source>
        <translation>试验比最终训练还长（比例 %1）。</translation>
    </message>
    <message>
        <source>No embodied emissions are known for this device: enter them per device (left out until then).</source>
        <translation>该设备没有已知的隐含排放：请按单设备输入（输入前不计入）。</translation>
    </message>
    <message>
        <source>The inputs are too large: a result is not a finite number.</source>
        <translation>输入过大：某个结果不是有限数值。</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>BF16 峰值不能低于 FP32 峰值。</translation>
    </message>
    <message>
        <source>%1: a range needs a numeric input with a value; it is ignored.</source>
        <translation>%1：范围需要一个已填数值的数字输入；已忽略该范围。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Carbon intensity source</source>
        <translation>碳强度来源</translation>
    </message>
    <message>
        <source>Search method</source>
        <translation>搜索方法</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>网格大小</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Idle power (W)</source>
        <translation>空闲功耗 (W)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>峰值 (TFLOP/s)</translation>
    </message>
    <message>
        <source>Carbon intensity (gCO2e/kWh)</source>
        <translation>碳强度 (gCO2e/kWh)</translation>
    </message>
    <message>
        <source>Carbon-free energy fraction</source>
        <translation>无碳能源比例</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>空值 (null)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file, JSON pointer</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kt</source>
        <translation>kt</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>TWh</source>
        <translation>TWh</translation>
    </message>
    <message>
        <source>GWh</source>
        <translation>GWh</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 × 10%2 FLOP</source>
        <translation>%1 × 10%2 FLOP</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
</context>
<context>
    <name>EquivalentText</name>
    <message>
        <source>Car, average including fuel, over its lifetime</source>
        <translation>汽车，平均值（含燃料），整个使用寿命</translation>
    </message>
    <message>
        <source>car lifetime</source>
        <translation>辆汽车的全生命周期</translation>
    </message>
    <message>
        <source>Air travel, one passenger, New York–San Francisco round trip</source>
        <translation>航空旅行，一名乘客，纽约—旧金山往返</translation>
    </message>
    <message>
        <source>passenger round trip</source>
        <translation>人次往返航班</translation>
    </message>
    <message>
        <source>Human life, world average, one year</source>
        <translation>人类生活，全球平均，一年</translation>
    </message>
    <message>
        <source>person-year</source>
        <translation>人年</translation>
    </message>
    <message>
        <source>American life, average, one year</source>
        <translation>美国人生活，平均，一年</translation>
    </message>
    <message>
        <source>Passenger car, typical US vehicle, per km</source>
        <translation>乘用车，典型美国车辆，每公里</translation>
    </message>
    <message>
        <source>km driven</source>
        <translation>公里车程</translation>
    </message>
    <message>
        <source>Passenger car, European average, per km</source>
        <translation>乘用车，欧洲平均，每公里</translation>
    </message>
    <message>
        <source>Tree, CO2 sequestered in one month</source>
        <translation>树木，一个月内固定的 CO2</translation>
    </message>
    <message>
        <source>tree-month</source>
        <translation>棵树·月</translation>
    </message>
</context>
<context>
    <name>HowComputed</name>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>你的输入</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <source>C = training FLOPs (given)</source>
        <translation>C = 训练 FLOPs（给定）</translation>
    </message>
    <message>
        <source>C = %1</source>
        <translation>C = %1</translation>
    </message>
    <message>
        <source>C = k × N × D</source>
        <translation>C = k × N × D</translation>
    </message>
    <message>
        <source>C = %1 × %2 × %3 = %4</source>
        <translation>C = %1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>Compute with the attention term (reported only)</source>
        <translation>含注意力项的计算量（仅作报告）</translation>
    </message>
    <message>
        <source>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²</source>
        <translation>C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D，N′ = 12 L d²</translation>
    </message>
    <message>
        <source>N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)</source>
        <translation>N′ = %1 个非嵌入参数；C′ = %2（相对 k × N × D 为 %3）</translation>
    </message>
    <message>
        <source>%1 device-hours</source>
        <translation>%1 设备小时</translation>
    </message>
    <message>
        <source>Device time (final run)</source>
        <translation>设备时间（最终训练）</translation>
    </message>
    <message>
        <source>device-hours = given (accounting mode)</source>
        <translation>设备小时 = 给定值（核算模式）</translation>
    </message>
    <message>
        <source>T = %1</source>
        <translation>T = %1</translation>
    </message>
    <message>
        <source>T = C / (peak × MFU)</source>
        <translation>T = C / (峰值 × MFU)</translation>
    </message>
    <message>
        <source>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</source>
        <translation>T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>隐含 MFU</translation>
    </message>
    <message>
        <source>MFU = C / (peak × device-seconds)</source>
        <translation>MFU = C / (峰值 × 设备秒)</translation>
    </message>
    <message>
        <source>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</source>
        <translation>MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>wall-clock = device-hours / devices</source>
        <translation>墙钟时间 = 设备小时 / 设备数</translation>
    </message>
    <message>
        <source>%1 h / %2 = %3 h</source>
        <translation>%1 h / %2 = %3 h</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Power per device</source>
        <translation>单设备功率</translation>
    </message>
    <message>
        <source>P = measured average + host</source>
        <translation>P = 实测平均功率 + 主机功率</translation>
    </message>
    <message>
        <source>P = %1 + %2 host</source>
        <translation>P = %1 + %2 主机</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>P = idle + u × (TDP − idle), plus host</source>
        <translation>P = 空闲 + u × (TDP − 空闲)，另加主机功率</translation>
    </message>
    <message>
        <source>u = %1, TDP = %2 → P = %3; host %4</source>
        <translation>u = %1，TDP = %2 → P = %3；主机 %4</translation>
    </message>
    <message>
        <source>IT energy (final run)</source>
        <translation>IT 能耗（最终训练）</translation>
    </message>
    <message>
        <source>E_IT = devices × hours × (device + host power)</source>
        <translation>E_IT = 设备数 × 小时 × (设备功率 + 主机功率)</translation>
    </message>
    <message>
        <source>%1 × %2 h × (%3 + %4) = %5</source>
        <translation>%1 × %2 h × (%3 + %4) = %5</translation>
    </message>
    <message>
        <source>Facility energy (final run)</source>
        <translation>设施能耗（最终训练）</translation>
    </message>
    <message>
        <source>E = E_IT × PUE</source>
        <translation>E = E_IT × PUE</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Emissions (final run, location-based)</source>
        <translation>排放（最终训练，基于位置）</translation>
    </message>
    <message>
        <source>CO2e = E × intensity</source>
        <translation>CO2e = E × 碳强度</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参数搜索</translation>
    </message>
    <message>
        <source>T_search = T × R (R = search compute in full runs, %1 trials)</source>
        <translation>T_search = T × R（R = 以完整训练次数计的搜索计算量，%1 次试验）</translation>
    </message>
    <message>
        <source>%1 h × %2 = %3 h → %4 → %5</source>
        <translation>%1 h × %2 = %3 h → %4 → %5</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>T_dev = (T + T_search) × (m − 1)</source>
        <translation>T_dev = (T + T_search) × (m − 1)</translation>
    </message>
    <message>
        <source>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</source>
        <translation>(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6</translation>
    </message>
    <message>
        <source>Operational emissions, all components</source>
        <translation>运行排放，全部组成部分</translation>
    </message>
    <message>
        <source>final run + search + development</source>
        <translation>最终训练 + 搜索 + 开发</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 (%5, %6 device-hours)</source>
        <translation>%1 + %2 + %3 = %4（%5，%6 设备小时）</translation>
    </message>
    <message>
        <source>Market-based emissions</source>
        <translation>基于市场的排放</translation>
    </message>
    <message>
        <source>CO2e_market = CO2e × (1 − CFE)</source>
        <translation>CO2e_market = CO2e × (1 − CFE)</translation>
    </message>
    <message>
        <source>%1 × (1 − %2) = %3</source>
        <translation>%1 × (1 − %2) = %3</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>隐含排放</translation>
    </message>
    <message>
        <source>%1 kg × %2 h / (%3 × %4 h) = %5</source>
        <translation>%1 kg × %2 h / (%3 × %4 h) = %5</translation>
    </message>
    <message>
        <source>per device</source>
        <translation>单设备</translation>
    </message>
    <message>
        <source>lifetime</source>
        <translation>使用寿命</translation>
    </message>
    <message>
        <source>Total emissions</source>
        <translation>总排放</translation>
    </message>
    <message>
        <source>total = location-based + embodied</source>
        <translation>总计 = 基于位置 + 隐含</translation>
    </message>
    <message>
        <source>%1 + %2 = %3</source>
        <translation>%1 + %2 = %3</translation>
    </message>
    <message>
        <source>price × device-hours</source>
        <translation>价格 × 设备小时</translation>
    </message>
    <message>
        <source>%1 × %2 h</source>
        <translation>%1 × %2 h</translation>
    </message>
    <message>
        <source>carbon price × tonnes CO2e</source>
        <translation>碳价 × CO2e 吨数</translation>
    </message>
    <message>
        <source>%1 × %2 t</source>
        <translation>%1 × %2 t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>碳价</translation>
    </message>
    <message>
        <source>methodology §%1</source>
        <translation>方法说明 §%1</translation>
    </message>
    <message>
        <source>You entered the total work of the training run in floating-point operations, so it is used as given.</source>
        <translation>你输入了训练的总工作量（以浮点运算次数计），因此直接使用该值。</translation>
    </message>
    <message>
        <source>Training costs about %1 floating-point operations for every parameter (N) and every training token (D).</source>
        <translation>训练时，每个参数 (N) 每处理一个训练 token (D) 大约需要 %1 次浮点运算。</translation>
    </message>
    <message>
        <source>Kaplan et al. %1, Table %2; not used for time or energy</source>
        <translation>Kaplan 等，%1，表 %2；不用于计算时间或能耗</translation>
    </message>
    <message>
        <source>Counting the layers and the attention over the context separately refines the estimate; it is shown for comparison only.</source>
        <translation>分别计算各层以及对上下文的注意力，可以细化估算；此结果仅供对比。</translation>
    </message>
    <message>
        <source>You entered the time the devices ran, so it is used as given.</source>
        <translation>你输入了设备的运行时间，因此直接使用该值。</translation>
    </message>
    <message>
        <source>The time is the work divided by the speed a chip really reaches: its peak speed times the fraction of it used (MFU).</source>
        <translation>时间等于工作量除以芯片实际达到的速度：即峰值速度乘以实际利用的比例 (MFU)。</translation>
    </message>
    <message>
        <source>Dividing the work by the time it took shows which fraction of the chips&apos; peak speed the run achieved.</source>
        <translation>用工作量除以实际耗时，可以看出这次训练达到了芯片峰值速度的多大比例。</translation>
    </message>
    <message>
        <source>; perfect scaling, no idle time (%1)</source>
        <translation>；假设完美扩展、无空闲时间（%1）</translation>
    </message>
    <message>
        <source>Sharing the work among more devices shortens the calendar time, assuming they work perfectly in parallel.</source>
        <translation>把工作分给更多设备可以缩短日历时间，前提是它们能完美地并行工作。</translation>
    </message>
    <message>
        <source>Your measured power of a device is used, plus its share of the host server&apos;s power.</source>
        <translation>使用你实测的单设备功率，再加上它分摊的主机服务器功率。</translation>
    </message>
    <message>
        <source>A busy chip draws between its idle power and its rated maximum (TDP); the host server&apos;s CPUs, memory and network add their share.</source>
        <translation>工作中的芯片功耗介于空闲功率与额定最大功率 (TDP) 之间；主机服务器的 CPU、内存和网络再加上各自分摊的部分。</translation>
    </message>
    <message>
        <source>Energy is power multiplied by time, added up over all devices.</source>
        <translation>能耗等于功率乘以时间，再对所有设备求和。</translation>
    </message>
    <message>
        <source>The data centre also spends energy on cooling and power supply; its PUE is the facility&apos;s energy divided by the computers&apos; energy.</source>
        <translation>数据中心还要为制冷和供电消耗能量；其 PUE 等于设施总能耗除以计算机的能耗。</translation>
    </message>
    <message>
        <source>Every kilowatt-hour taken from the local grid comes with the greenhouse gases emitted on average to generate it there.</source>
        <translation>从当地电网取用的每一千瓦时电，都伴随着当地平均发电所排放的温室气体。</translation>
    </message>
    <message>
        <source>Trying many settings before the final run repeats much of the training, so the search costs a multiple of one run.</source>
        <translation>在最终训练之前尝试多种设置，会重复大量训练，因此搜索的开销是单次训练的数倍。</translation>
    </message>
    <message>
        <source>Experiments, failed runs and debugging while the model is developed add a share on top of the runs themselves.</source>
        <translation>开发模型期间的实验、失败的训练和调试，会在训练本身之外再增加一部分开销。</translation>
    </message>
    <message>
        <source>The electricity&apos;s emissions of the whole project add up the final run, the search and the development.</source>
        <translation>整个项目的电力排放是最终训练、搜索与开发三者之和。</translation>
    </message>
    <message>
        <source>Market-based accounting counts the share of electricity bought from carbon-free sources as emitting nothing.</source>
        <translation>基于市场的核算将从无碳来源购买的那部分电力视为零排放。</translation>
    </message>
    <message>
        <source>embodied = per-device CO2e × device-hours / (lifetime × %1 h)</source>
        <translation>隐含排放 = 单设备 CO2e × 设备小时 / (使用寿命 × %1 h)</translation>
    </message>
    <message>
        <source>Making the hardware also emitted greenhouse gases; the run is charged its share of the hardware&apos;s lifetime.</source>
        <translation>制造硬件同样排放了温室气体；本次训练按其占用的硬件使用寿命份额分摊这部分排放。</translation>
    </message>
    <message>
        <source>methodology §%1, §%2</source>
        <translation>方法说明 §%1、§%2</translation>
    </message>
    <message>
        <source>The footprint adds the emissions of the electricity used and the share of making the hardware.</source>
        <translation>碳足迹等于所用电力的排放，加上分摊的硬件制造排放。</translation>
    </message>
    <message>
        <source>The bill is the rented device time times its price, plus any price put on the carbon emitted.</source>
        <translation>费用等于租用的设备时间乘以其单价，再加上对所排放的碳设定的价格（如有）。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>How much does training BERT cost?</source>
        <translation>训练 BERT 的代价有多大？</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in %2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation (accounting mode: the duration is known).&lt;/p&gt;&lt;p&gt;The second scenario plans the same training from the model alone: %8 million parameters × %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its rated power, the default PUE of %13 and the latest US grid intensity in the catalog.&lt;/p&gt;&lt;p&gt;How close is the plan to the published estimate? Which assumptions make the difference? The first scenario names the model too, so the tool shows the utilisation (MFU) its duration implies: compare it with the %12% the plan assumes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base 是 Google 于 2018 年发布的语言模型，可在 %1 块 V100 GPU 上用 %2 小时训练完成。Strubell 等（2019，表 3）将整台机器的功率定为 %3 W，把能耗乘以数据中心 PUE %4，再把结果乘以美国平均值每 kWh %5 lb CO2e：得到 %6 kWh 和 %7 lb CO2e。第一个情景完全重复了这一计算（核算模式：时长已知）。&lt;/p&gt;&lt;p&gt;第二个情景仅根据模型本身规划同一次训练：%8 百万个参数 × %9 十亿个 token（%10 步，每步 %11 个 token；Devlin 等，2019）× 每个参数每个 token 6 次 FLOPs，使用同样的 %1 块 V100，采用默认利用率 (MFU) %12%，每块 GPU 按额定功率计，默认 PUE 为 %13，并采用数据目录中美国最新的电网碳强度。&lt;/p&gt;&lt;p&gt;规划结果与已发表的估算有多接近？哪些假设造成了差异？第一个情景同样指明了模型，因此工具会显示其时长所隐含的利用率 (MFU)：请把它与规划所假设的 %12% 进行比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base, Strubell et al. 2019</source>
        <translation>BERT base，Strubell 等，2019</translation>
    </message>
    <message>
        <source>BERT base, planned from the model</source>
        <translation>BERT base，根据模型规划</translation>
    </message>
    <message>
        <source>Hyperparameter search multiplies the bill</source>
        <translation>超参数搜索让开销成倍增加</translation>
    </message>
    <message>
        <source>&lt;p&gt;A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 and %5 lb CO2e per kWh. All four scenarios start from this run.&lt;/p&gt;&lt;p&gt;A hyperparameter search trains the model again for every setting it tries: %6 trials cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), took %8 million training steps against %9 thousand for one run: the work of about %10 runs, %11 lb CO2e.&lt;/p&gt;&lt;p&gt;Open the chart of emissions by component: the search dwarfs the final run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个模型很少只训练一次。Strubell 等（2019，表 3）估算了 Transformer big 模型的一次训练：%1 块 P100 GPU 运行 %2 小时，功率 %3 W，PUE 为 %4，每 kWh %5 lb CO2e。四个情景都以这次训练为起点。&lt;/p&gt;&lt;p&gt;超参数搜索会为尝试的每一种设置重新训练一次模型：%6 次试验的开销是单次训练的 %6 倍，%7 次试验则是 %7 倍（假设每次试验与最终训练一样长）。So 等（2019）的神经架构搜索，按 Strubell 等的估算（表 3），用了 %8 百万个训练步，而单次训练只需 %9 千步：相当于约 %10 次训练的工作量，%11 lb CO2e。&lt;/p&gt;&lt;p&gt;打开“按组成部分的排放”图表：与搜索相比，最终训练显得微不足道。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>One training run</source>
        <translation>一次训练</translation>
    </message>
    <message>
        <source>Search with %1 trials</source>
        <translation>含 %1 次试验的搜索</translation>
    </message>
    <message>
        <source>Neural architecture search (Strubell et al. 2019)</source>
        <translation>神经架构搜索（Strubell 等，2019）</translation>
    </message>
    <message>
        <source>Location matters</source>
        <translation>地点很重要</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. 2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States average, France and Québec. The energy is the same everywhere; only the carbon intensity of the grid changes (%5, from each region&apos;s main data source in the catalog, with the default PUE of %4).&lt;/p&gt;&lt;p&gt;Poland still makes much of its electricity from coal, France most of it in nuclear plants, Québec most of it from hydropower. Compare the emissions: moving the run changes them more than most technical optimisations do. France and Québec are close: in other years, or with another data source, France comes out lower.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一次训练——GPT-3 XL（%1 十亿个参数，%2 十亿个 token；Brown 等，2020），使用 %3 块 A100 GPU——被放到四个电网上：波兰、美国平均、法国和魁北克。各处的能耗都相同，只有电网的碳强度不同（%5 年，取自数据目录中各地区的主数据源，默认 PUE 为 %4）。&lt;/p&gt;&lt;p&gt;波兰的电力仍有很大一部分来自煤炭，法国的电力大部分来自核电站，魁北克的电力大部分来自水电。比较一下排放：换一个地点训练，排放的变化比大多数技术优化带来的都大。法国和魁北克很接近：换成其他年份或其他数据源，法国的排放会更低。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>United States (average)</source>
        <translation>美国（平均）</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>魁北克</translation>
    </message>
    <message>
        <source>Bigger models</source>
        <translation>更大的模型</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3&apos;s; the GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only difference is the size of the model.&lt;/p&gt;&lt;p&gt;Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so real gaps are often larger still.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPT-2（Radford 等，2019）有 %1 十亿个参数；一年后的 GPT-3（Brown 等，2020）有 %2 十亿个。两个情景都用相同的 %3 十亿个 token（即 GPT-3 的 token 数；GPT-2 论文没有给出其数量），在美国的同样 %4 块 A100 GPU 上训练，因此唯一的差别是模型的大小。&lt;/p&gt;&lt;p&gt;训练计算量随 参数量 × token 数 增长：GPT-3 所需的计算量约为 GPT-2 的 %5 倍，因此时间、能耗和排放也都是 %5 倍。实践中，更大的模型也会用更多 token 训练（Hoffmann 等 2022 年建议两者同步增长），所以实际差距往往更大。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware generations</source>
        <translation>硬件代际</translation>
    </message>
    <message>
        <source>&lt;p&gt;Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 (Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much faster that it finishes sooner and uses less energy for the same work. The Data tab lists each chip&apos;s peak and power.&lt;/p&gt;&lt;p&gt;Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. Real utilisation differs between generations and software.&lt;/p&gt;</source>
        <translation>&lt;p&gt;三代 NVIDIA 数据中心 GPU 在美国训练同一个模型 GPT-3 XL（%1 十亿个参数，%2 十亿个 token），每代各用 %3 块 GPU：V100（Volta）使用 fp16，A100（Ampere）和 H100（Hopper）使用 bf16。每一代新芯片的功耗都更高，但速度快得多，因此能更早完成，完成同样的工作所用的能耗也更少。“数据”选项卡列出了每款芯片的峰值算力和功率。&lt;/p&gt;&lt;p&gt;假设：三者的利用率 (MFU) 相同，均为 %4%，且每块 GPU 都按额定功率运行。实际利用率因硬件代际和软件而异。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does a human learn with less?</source>
        <translation>人类学习需要的更少吗？</translation>
    </message>
    <message>
        <source>&lt;p&gt;BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion words in all.&lt;/p&gt;&lt;p&gt;How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in Kansas one hour a month, from before the child&apos;s first birthday to age three, and extrapolated: by age four, a child in a professional family would have heard almost %7 million words, in a working-class family %8 million, in a family on welfare %9 million. These are extrapolations from a small sample; a later study that also counted other caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find these gaps, and estimates vary widely.&lt;/p&gt;&lt;p&gt;Even against the highest figure, BERT was trained on about %10 times as many words as a four-year-old has heard. The second scenario trains the same model once on %7 million tokens (one token per word, as the BERT paper&apos;s own epoch count does). Yet a four-year-old talks and understands, while BERT fills in missing words. What else does a child learn from?&lt;/p&gt;</source>
        <translation>&lt;p&gt;BERT base 把一个 %1 十亿词的语料库（图书和英文维基百科）读了约 %2 遍：%3 步 × %4 个序列 × %5 个 token（Devlin 等，2019，§A.2），总计约 %6 十亿词。&lt;/p&gt;&lt;p&gt;一个孩子会听到多少词？Hart 和 Risley（1995；2003）在堪萨斯州记录了 42 个家庭，每月一小时，从孩子一岁前一直到三岁，然后进行外推：到四岁时，专业人士家庭的孩子将听到近 %7 百万个词，工人阶级家庭的孩子 %8 百万个，领取社会救济的家庭的孩子 %9 百万个。这些是基于小样本的外推；后来一项同时统计了其他看护人以及孩子旁听到的谈话的研究（Sperry、Sperry 和 Miller，2019）没有发现这些差距，而且各种估计相差很大。&lt;/p&gt;&lt;p&gt;即使与最高的数字相比，BERT 训练所用的词也约为四岁孩子所听到的 %10 倍。第二个情景用 %7 百万个 token 将同一模型训练一次（每个词算作一个 token，与 BERT 论文自己计算轮数的方式相同）。然而，四岁的孩子已经能说会懂，而 BERT 只会填补缺失的词。孩子还从哪些东西中学习？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>BERT base as published</source>
        <translation>BERT base（按已发表设置）</translation>
    </message>
    <message>
        <source>BERT base on the words a child hears</source>
        <translation>BERT base，使用孩子听到的词量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AI Carbon Planner projects (*.json);;All files (*)</source>
        <translation>AI Carbon Planner 项目 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>设备小时</translation>
    </message>
    <message>
        <source>Energy, IT</source>
        <translation>能耗，IT</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>能耗，设施</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e，基于位置</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e，基于市场</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e，隐含</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e，总计</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By component</source>
        <translation>按组成部分</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>设施能耗</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Final run</source>
        <translation>最终训练</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Equivalent to</source>
        <translation>相当于</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>How this was computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <source>Add or select a scenario to see its results.</source>
        <translation>添加或选择一个情景以查看其结果。</translation>
    </message>
    <message>
        <source>No figures while the scenario has errors.</source>
        <translation>情景有错误时不显示数值。</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Correct the errors below (they are also shown beside the fields).</source>
        <translation>请更正下方的错误（字段旁也有提示）。</translation>
    </message>
    <message>
        <source>%1 CO2e</source>
        <translation>%1 CO2e</translation>
    </message>
    <message>
        <source>unknown (accounting mode)</source>
        <translation>未知（核算模式）</translation>
    </message>
    <message>
        <source>%1 h (final run %2 h)</source>
        <translation>%1 小时（最终训练 %2 小时）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 (PUE %2)</source>
        <translation>%1（PUE %2）</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（按 %2 计）</translation>
    </message>
    <message>
        <source>%1 (%2 % carbon-free energy)</source>
        <translation>%1（%2 % 无碳能源）</translation>
    </message>
    <message>
        <source>%1 (no carbon-free energy known)</source>
        <translation>%1（无碳能源比例未知）</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>%1 (compute only)</source>
        <translation>%1（仅计算）</translation>
    </message>
    <message>
        <source>%1 (compute %2, carbon %3)</source>
        <translation>%1（计算 %2，碳 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Step Through…</source>
        <translation>逐步讲解…</translation>
    </message>
    <message>
        <source>Show the steps one at a time in large type, for a projector (F6)</source>
        <translation>以大字号逐一显示各个步骤，适合投影（F6）</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %Ln device(s) · %2 at the facility</source>
        <translation>
            <numerusform>%Ln 台设备运行 %1 · 设施能耗 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (final run, %Ln device(s))</source>
        <translation>
            <numerusform>%1（最终训练，%Ln 台设备）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>文件未能完整写入（磁盘是否已满？）</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>dense peak %1 TFLOP/s</source>
        <translation>稠密峰值 %1 TFLOP/s</translation>
    </message>
    <message>
        <source>%1 gCO2e/kWh in %2 (%3) · %4</source>
        <translation>%1 gCO2e/kWh，%2 年（%3）· %4</translation>
    </message>
    <message>
        <source> (your catalog)</source>
        <translation> （自定义数据目录）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cloud region</source>
        <translation>云区域</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>激活 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>TDP %1 W</source>
        <translation>TDP %1 W</translation>
    </message>
    <message>
        <source>no TDP</source>
        <translation>无 TDP</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>embodied %1 kgCO2e</source>
        <translation>隐含 %1 kgCO2e</translation>
    </message>
    <message>
        <source>your catalog</source>
        <translation>自定义数据目录</translation>
    </message>
    <message>
        <source>%1 · %2 TFLOP/s</source>
        <translation>%1 · %2 TFLOP/s</translation>
    </message>
    <message>
        <source>grid %1 · </source>
        <translation>电网 %1 · </translation>
    </message>
    <message>
        <source>no intensity for this year or source</source>
        <translation>该年份或来源没有碳强度数据</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>N: the trained parameters (active parameters per token for mixture-of-experts models). Default: the model preset.</source>
        <translation>N：训练的参数量（混合专家模型为每个 token 的激活参数量）。默认：模型预设。</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>D: tokens seen in training. Wins over dataset tokens × epochs and steps × batch × length. Default: the model preset.</source>
        <translation>D：训练中见过的 token 数。优先于“数据集 token 数 × 轮数”和“步数 × 批大小 × 序列长度”。默认：模型预设。</translation>
    </message>
    <message>
        <source>Dataset tokens</source>
        <translation>数据集 token 数</translation>
    </message>
    <message>
        <source>Tokens in the dataset: D = dataset tokens × epochs when training tokens are not given.</source>
        <translation>数据集中的 token 数：未给出训练 token 数时，D = 数据集 token 数 × 轮数。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>遍</translation>
    </message>
    <message>
        <source>Passes over the dataset; used with dataset tokens only.</source>
        <translation>遍历数据集的次数；仅与数据集 token 数一起使用。</translation>
    </message>
    <message>
        <source>methodology §1: one epoch</source>
        <translation>方法说明 §1：一轮</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>optimizer steps</source>
        <translation>优化器步</translation>
    </message>
    <message>
        <source>D = steps × batch size × sequence length; give all three.</source>
        <translation>D = 步数 × 批大小 × 序列长度；三者需全部给出。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>sequences per step</source>
        <translation>序列/步</translation>
    </message>
    <message>
        <source>Sequences per optimizer step (with steps and sequence length).</source>
        <translation>每个优化器步的序列数（与步数和序列长度一起使用）。</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Tokens per sequence (with steps and batch size).</source>
        <translation>每个序列的 token 数（与步数和批大小一起使用）。</translation>
    </message>
    <message>
        <source>FLOPs per parameter·token (k)</source>
        <translation>每参数·token 的 FLOPs (k)</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>k in C = k × N × D: 2 forward + 4 backward; 8 when activations are recomputed.</source>
        <translation>C = k × N × D 中的 k：前向 2 + 反向 4；激活重计算时为 8。</translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <source>Total FLOPs of the final run. When given, it replaces k × N × D.</source>
        <translation>最终训练的总 FLOPs。给出时替代 k × N × D。</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Accounting mode: the measured duration of the final run. Replaces FLOPs / (peak × MFU); MFU is then implied.</source>
        <translation>核算模式：最终训练的实测时长。替代 FLOPs / (峰值 × MFU)；此时 MFU 为推算值。</translation>
    </message>
    <message>
        <source>from FLOPs</source>
        <translation>由 FLOPs 推算</translation>
    </message>
    <message>
        <source>Device-hours</source>
        <translation>设备小时</translation>
    </message>
    <message>
        <source>device-h</source>
        <translation>设备小时</translation>
    </message>
    <message>
        <source>Accounting mode: device-hours of the final run (wins over the wall-clock time).</source>
        <translation>核算模式：最终训练的设备小时（优先于墙钟时间）。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>台</translation>
    </message>
    <message>
        <source>Number of devices, a whole number ≥ 1. Wall-clock time = device-hours / devices.</source>
        <translation>设备数量，为 ≥ 1 的整数。墙钟时间 = 设备小时 / 设备数。</translation>
    </message>
    <message>
        <source>one device when the count is not given</source>
        <translation>未给出数量时按一台设备计</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>fraction, (0, 1]</source>
        <translation>比例，(0, 1]</translation>
    </message>
    <message>
        <source>Model FLOPs utilization: the share of the dense peak the training achieves. Device time = FLOPs / (peak × MFU).</source>
        <translation>模型算力利用率：训练达到的稠密峰值算力比例。设备时间 = FLOPs / (峰值 × MFU)。</translation>
    </message>
    <message>
        <source>Average power</source>
        <translation>平均功率</translation>
    </message>
    <message>
        <source>W per device</source>
        <translation>W/设备</translation>
    </message>
    <message>
        <source>Measured average draw per device. When given, it replaces idle + u × (TDP − idle) and the power utilization is not used.</source>
        <translation>每台设备的实测平均功耗。给出时替代 空闲 + u × (TDP − 空闲)，且不再使用功率利用率。</translation>
    </message>
    <message>
        <source>Power utilization</source>
        <translation>功率利用率</translation>
    </message>
    <message>
        <source>fraction, [0, 1]</source>
        <translation>比例，[0, 1]</translation>
    </message>
    <message>
        <source>u: where the device draws between idle (0) and TDP (1). Used only without an average power.</source>
        <translation>u：设备功耗在空闲 (0) 与 TDP (1) 之间的位置。仅在未给出平均功率时使用。</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>主机功率</translation>
    </message>
    <message>
        <source>Share of the server (CPUs, DRAM, network) per device. Nameplate upper bounds: DGX A100 412 W, DGX H100 575 W.</source>
        <translation>每台设备分摊的服务器功率（CPU、内存、网络）。铭牌上限：DGX A100 412 W，DGX H100 575 W。</translation>
    </message>
    <message>
        <source>Dense peak</source>
        <translation>稠密峰值</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense (not sparse) peak per device at the precision; overrides the catalog.</source>
        <translation>该精度下每台设备的稠密（非稀疏）峰值算力；覆盖数据目录值。</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Thermal design power per device; overrides the catalog.</source>
        <translation>每台设备的热设计功耗；覆盖数据目录值。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Year of the grid carbon intensity (1990–2100).</source>
        <translation>电网碳强度的年份（1990–2100）。</translation>
    </message>
    <message>
        <source>the latest year of the primary series</source>
        <translation>主数据序列的最新年份</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>ratio, ≥ 1</source>
        <translation>比值，≥ 1</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility energy = IT energy × PUE. Default: the cloud region, the provider&apos;s fleet, else the global average.</source>
        <translation>电能使用效率：设施能耗 = IT 能耗 × PUE。默认：云区域的值，其次为服务商整体值，否则为全球平均值。</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>gCO2e/kWh</source>
        <translation>gCO2e/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity; overrides the region&apos;s value.</source>
        <translation>电网碳强度；覆盖该地区的值。</translation>
    </message>
    <message>
        <source>Carbon-free energy</source>
        <translation>无碳能源</translation>
    </message>
    <message>
        <source>Share of the energy matched by carbon-free supply; only the market-based figure uses it (× (1 − fraction)).</source>
        <translation>由无碳电力匹配的能耗比例；仅用于基于市场的数值（× (1 − 比例)）。</translation>
    </message>
    <message>
        <source>none known: market-based equals location-based</source>
        <translation>未知：基于市场的值等于基于位置的值</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>trials</source>
        <translation>次试验</translation>
    </message>
    <message>
        <source>Configurations trained before the final run.</source>
        <translation>最终训练前训练过的配置数。</translation>
    </message>
    <message>
        <source>methodology §6: no search</source>
        <translation>方法说明 §6：无搜索</translation>
    </message>
    <message>
        <source>Mean trial fraction</source>
        <translation>平均试验比例</translation>
    </message>
    <message>
        <source>of a full run</source>
        <translation>占完整训练比例</translation>
    </message>
    <message>
        <source>Mean share of a full run per trial; below 1 with early stopping.</source>
        <translation>每次试验平均占完整训练的比例；使用早停时小于 1。</translation>
    </message>
    <message>
        <source>methodology §6: each trial is a full run</source>
        <translation>方法说明 §6：每次试验均为完整训练</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>配置数</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n: configurations in the first round of successive halving (required).</source>
        <translation>n：逐次减半第一轮中的配置数（必填）。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Reduction factor η</source>
        <translation>缩减因子 η</translation>
    </message>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>η: each round keeps 1/η of the configurations at η times the budget.</source>
        <translation>η：每轮保留 1/η 的配置，预算变为 η 倍。</translation>
    </message>
    <message>
        <source>Li et al. 2018 (Hyperband): η = 3</source>
        <translation>Li 等，2018（Hyperband）：η = 3</translation>
    </message>
    <message>
        <source>Minimum budget</source>
        <translation>最小预算</translation>
    </message>
    <message>
        <source>of a full run, (0, 1]</source>
        <translation>占完整训练比例，(0, 1]</translation>
    </message>
    <message>
        <source>r: the smallest budget, as a share of a full run (required).</source>
        <translation>r：最小预算，以占完整训练的比例表示（必填）。</translation>
    </message>
    <message>
        <source>Equivalent runs</source>
        <translation>等效训练次数</translation>
    </message>
    <message>
        <source>full runs</source>
        <translation>次完整训练</translation>
    </message>
    <message>
        <source>Total search compute in full runs, e.g. from a published step count; replaces trials × fraction.</source>
        <translation>以完整训练次数计的搜索总计算量，例如根据已发表的步数得出；替代 试验次数 × 比例。</translation>
    </message>
    <message>
        <source>Development multiplier</source>
        <translation>开发倍数</translation>
    </message>
    <message>
        <source>×, ≥ 1</source>
        <translation>×，≥ 1</translation>
    </message>
    <message>
        <source>m: seeds, ablations and failed runs. Total = m × (final run + search).</source>
        <translation>m：随机种子、消融实验和失败的训练。总计 = m × (最终训练 + 搜索)。</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>使用寿命</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Service life over which the manufacturing emissions are spread.</source>
        <translation>分摊制造排放的使用年限。</translation>
    </message>
    <message>
        <source>Per device</source>
        <translation>单设备</translation>
    </message>
    <message>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of one device; overrides the catalog (whose values are die only, a lower bound).</source>
        <translation>单台设备的制造排放；覆盖数据目录值（数据目录值仅含芯片裸片，为下限）。</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>per device-hour</source>
        <translation>每设备小时</translation>
    </message>
    <message>
        <source>Compute cost = price × all device-hours (final run, search, development).</source>
        <translation>计算成本 = 价格 × 全部设备小时（最终训练、搜索、开发）。</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>碳价</translation>
    </message>
    <message>
        <source>per tCO2e</source>
        <translation>每 tCO2e</translation>
    </message>
    <message>
        <source>Carbon cost = price × total emissions in tonnes.</source>
        <translation>碳成本 = 碳价 × 以吨计的总排放。</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the number must be finite</source>
        <translation>数值必须为有限值</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>需要整数</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Default: %1 (%2).</source>
        <translation>默认：%1（%2）。</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>默认：%1。</translation>
    </message>
    <message>
        <source>The value in use is listed in the estimate&apos;s assumptions as “%1”.</source>
        <translation>所用值在估算的假设中列为“%1”。</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>情景文件：%1</translation>
    </message>
    <message>
        <source>your input</source>
        <translation>你的输入</translation>
    </message>
    <message>
        <source>No scenario selected. Add a scenario to edit it.</source>
        <translation>未选择情景。请添加一个情景进行编辑。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>What this scenario assumes, and why</source>
        <translation>该情景的假设及其依据</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Search models…</source>
        <translation>搜索模型…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>（无预设）</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>模型预设</translation>
    </message>
    <message>
        <source>or tokens = dataset tokens × epochs:</source>
        <translation>或 token 数 = 数据集 token 数 × 轮数：</translation>
    </message>
    <message>
        <source>or tokens = steps × batch size × sequence length:</source>
        <translation>或 token 数 = 步数 × 批大小 × 序列长度：</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>计算量：</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>训练 FLOPs</translation>
    </message>
    <message>
        <source>Known runtime (accounting mode)</source>
        <translation>已知运行时间（核算模式）</translation>
    </message>
    <message>
        <source>Leave empty to plan from the FLOPs; give a measured duration to account for a finished run.</source>
        <translation>留空则根据 FLOPs 进行规划；填入实测时长可核算已完成的训练。</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Search devices…</source>
        <translation>搜索设备…</translation>
    </message>
    <message>
        <source>(no device)</source>
        <translation>（无设备）</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Selects the device&apos;s dense peak. Automatic: bf16, else fp16, tf32, fp32 — the first the device has (methodology §2).</source>
        <translation>选择设备的稠密峰值算力。自动：依次取设备支持的第一个精度：bf16、fp16、tf32、fp32（方法说明 §2）。</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Overrides of the catalog:</source>
        <translation>覆盖数据目录值：</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>搜索地区…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（无地区）</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服务商</translation>
    </message>
    <message>
        <source>Countries, states and zones, and cloud regions (aws:us-east-1).</source>
        <translation>国家、州和电网分区，以及云区域（aws:us-east-1）。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Which series of grid intensities to use for the region (methodology §5).</source>
        <translation>该地区使用哪个电网碳强度数据序列（方法说明 §5）。</translation>
    </message>
    <message>
        <source>Intensity series</source>
        <translation>碳强度数据序列</translation>
    </message>
    <message>
        <source>Search and development</source>
        <translation>搜索与开发</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>网格搜索</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>随机搜索</translation>
    </message>
    <message>
        <source>Successive halving</source>
        <translation>逐次减半</translation>
    </message>
    <message>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <source>How the hyperparameter search before the final run is counted (methodology §6).</source>
        <translation>最终训练前的超参数搜索如何计入（方法说明 §6）。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Promoted trials resume from their checkpoint</source>
        <translation>晋级的试验从其检查点继续训练</translation>
    </message>
    <message>
        <source>Resulting search</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>values per hyperparameter, e.g. 3 × 4 × 5</source>
        <translation>每个超参数的取值数，例如 3 × 4 × 5</translation>
    </message>
    <message>
        <source>Grid search: trials = product of the value counts (methodology §6).</source>
        <translation>网格搜索：试验次数 = 各取值数之积（方法说明 §6）。</translation>
    </message>
    <message>
        <source>Grid sizes</source>
        <translation>网格大小</translation>
    </message>
    <message>
        <source>Embodied emissions</source>
        <translation>隐含排放</translation>
    </message>
    <message>
        <source>Include the devices&apos; manufacturing emissions</source>
        <translation>计入设备的制造排放</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>例如 USD、EUR、CNY</translation>
    </message>
    <message>
        <source>Free text; no conversion is done.</source>
        <translation>自由文本；不做换算。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2, %3)</source>
        <translation>留空时使用：%1（%2，%3）</translation>
    </message>
    <message>
        <source>In use while empty: %1 (%2)</source>
        <translation>留空时使用：%1（%2）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>In use while empty: %1</source>
        <translation>留空时使用：%1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Primary series (default)</source>
        <translation>主数据序列（默认）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> = %1 × %2 × %3 (k × N × D)</source>
        <translation> = %1 × %2 × %3 (k × N × D)</translation>
    </message>
    <message>
        <source>; with the attention term %1 (reported only)</source>
        <translation>；含注意力项为 %1（仅作报告）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln layer(s), d_model %1</source>
        <translation>
            <numerusform>%Ln 层，d_model %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) (methodology §7).</source>
        <translation>隐含排放 = 单设备 kgCO2e × 设备小时 / (使用寿命 × %1 h)（方法说明 §7）。</translation>
    </message>
    <message>
        <source>Trials: %1 · search compute: %2 (in full runs)</source>
        <translation>试验次数：%1 · 搜索计算量：%2（以完整训练次数计）</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一步(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous step (Left, Page Up)</source>
        <translation>上一步（左方向键、Page Up）</translation>
    </message>
    <message>
        <source>Next step (Right, Page Down, Space)</source>
        <translation>下一步（右方向键、Page Down、空格键）</translation>
    </message>
    <message>
        <source>Guided Explanation</source>
        <translation>引导讲解</translation>
    </message>
    <message>
        <source>No scenario. Add or select a scenario to step through how its results were computed.</source>
        <translation>没有情景。请添加或选择一个情景，逐步查看其结果是如何计算的。</translation>
    </message>
    <message>
        <source>Guided Explanation — %1</source>
        <translation>引导讲解 — %1</translation>
    </message>
    <message>
        <source>This scenario has errors, so there is nothing to compute yet. Correct the errors shown in the scenario editor and the results.</source>
        <translation>此情景有错误，因此还无法计算。请更正情景编辑器和结果中显示的错误。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>aicarbon::AutosaveController</name>
    <message>
        <source>It was never saved.</source>
        <translation>该项目从未保存过。</translation>
    </message>
    <message>
        <source>It belongs to %1.</source>
        <translation>它对应的文件为 %1。</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1), nor moved aside; it is still at %2.</source>
        <translation>无法读取上次会话中未保存的工作（%1），也无法将其移开；它仍位于 %2。</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, to
%2</source>
        <translation>无法读取上次会话中未保存的工作（%1）。已将其原样移至
%2</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln 个情景</numerusform>
        </translation>
    </message>
    <message>
        <source>AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, was recovered. %4

Restore it, or discard it? Discard deletes the recovered copy at %5.</source>
        <translation>AI Carbon Planner 上次未正常关闭。已找回“%1”（%2）中未保存的工作，保存时间为 %3。%4

要恢复还是丢弃？丢弃将删除位于 %5 的找回副本。</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogModel</name>
    <message>
        <source>Entered by you (your own catalog)</source>
        <translation>由你录入（自定义数据目录）</translation>
    </message>
    <message>
        <source>%1 T</source>
        <comment>short-scale suffix: trillion (10^12), e.g. 15.6 T tokens</comment>
        <extracomment>%1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>short-scale suffix: billion (10^9), e.g. 175 B parameters</comment>
        <extracomment>%1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%2亿</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>short-scale suffix: million (10^6), e.g. 7 M parameters</comment>
        <extracomment>%1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits</extracomment>
        <translation>%3万</translation>
    </message>
</context>
<context>
    <name>aicarbon::CatalogPicker</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1（不在数据目录中）</translation>
    </message>
</context>
<context>
    <name>aicarbon::CloudRegionTableModel</name>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区域代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>电网区域</translation>
    </message>
    <message>
        <source>The grid region whose carbon intensity applies</source>
        <translation>适用其碳强度的电网区域</translation>
    </message>
    <message>
        <source>Grid
g/kWh</source>
        <translation>电网
g/kWh</translation>
    </message>
    <message>
        <source>Default carbon intensity of the grid region</source>
        <translation>该电网区域的默认碳强度</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the region&apos;s own figure, else the provider&apos;s default</source>
        <translation>电能使用效率：该区域自身的值，否则为服务商的默认值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source documenting the region and its location</source>
        <translation>记录该区域及其位置的来源</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Region&apos;s own PUE. Source: %1</source>
        <translation>该区域自身的 PUE。来源：%1</translation>
    </message>
    <message>
        <source>No PUE known</source>
        <translation>无已知 PUE</translation>
    </message>
    <message>
        <source>Worldwide average PUE</source>
        <translation>全球平均 PUE</translation>
    </message>
    <message>
        <source>Provider&apos;s fleet-wide PUE</source>
        <translation>服务商整体 PUE</translation>
    </message>
    <message>
        <source>%1 (no figure for this region). Source: %2</source>
        <translation>%1（该区域无数据）。来源：%2</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Location: %1, %2</source>
        <translation>位置：%1，%2</translation>
    </message>
    <message>
        <source>Grid region: %1</source>
        <translation>电网区域：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>aicarbon::CompareView</name>
    <message>
        <source>Time against emissions, one point per scenario</source>
        <translation>时间与排放对比，每个情景一个点</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>按组成部分的排放</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>设施能耗</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>按所填</translation>
    </message>
    <message>
        <source>No scenario states a price per device-hour or a carbon price.</source>
        <translation>没有情景给出每设备小时价格或碳价。</translation>
    </message>
    <message>
        <source>Emissions (%1 CO₂e)</source>
        <translation>排放（%1 CO₂e）</translation>
    </message>
    <message>
        <source>Facility energy (%1)</source>
        <translation>设施能耗（%1）</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>墙钟时间，最终训练（%1）</translation>
    </message>
    <message>
        <source>Cost (currency as stated)</source>
        <translation>成本（按所填货币）</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <source>mixed currencies</source>
        <translation>多种货币</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1（无效）</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>总排放（%1 CO₂e）</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 无法估算：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <source>Facility energy: %1</source>
        <translation>设施能耗：%1</translation>
    </message>
    <message>
        <source>IT energy: %1</source>
        <translation>IT 能耗：%1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 (%2)</source>
        <translation>墙钟时间：%1（%2）</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>成本：%1</translation>
    </message>
    <message>
        <source>No price given</source>
        <translation>未给出价格</translation>
    </message>
    <message>
        <source>%1
Wall-clock time: %2 (%3)
Total emissions: %4 (%5)</source>
        <translation>%1
墙钟时间：%2（%3）
总排放：%4（%5）</translation>
    </message>
    <message>
        <source>%1% interval: %2</source>
        <translation>%1% 区间：%2</translation>
    </message>
</context>
<context>
    <name>aicarbon::ComparisonTableModel</name>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>gCO₂e/kWh</source>
        <translation>gCO₂e/kWh</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>%1: the baseline; the other columns show differences to it</source>
        <translation>%1：基准；其他列显示与它的差值</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 无法估算：%2</translation>
    </message>
    <message>
        <source>%1: no price given</source>
        <translation>%1：未给出价格</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1：未知</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Baseline, %1: %2</source>
        <translation>基准，%1：%2</translation>
    </message>
    <message>
        <source>Difference: %1%2 (%3)</source>
        <translation>差值：%1%2（%3）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowser</name>
    <message>
        <source>Search by name, id, vendor, country… (case and accents are ignored)</source>
        <translation>按名称、ID、厂商、国家…搜索（忽略大小写和重音）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Devices (%L1)</source>
        <translation>设备(&amp;D) (%L1)</translation>
    </message>
    <message>
        <source>&amp;Regions (%L1)</source>
        <translation>地区(&amp;R) (%L1)</translation>
    </message>
    <message>
        <source>&amp;Cloud regions (%L1)</source>
        <translation>云区域(&amp;C) (%L1)</translation>
    </message>
    <message>
        <source>&amp;Models (%L1)</source>
        <translation>模型(&amp;M) (%L1)</translation>
    </message>
    <message>
        <source>%L1 rows.</source>
        <translation>%L1 行。</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows.</source>
        <translation>显示 %L2 行中的 %L1 行。</translation>
    </message>
    <message>
        <source>Rows in italics with an orange dot are your own entries.</source>
        <translation>带橙色圆点的斜体行是你的自定义条目。</translation>
    </message>
    <message>
        <source>Hover a row for its source.</source>
        <translation>鼠标悬停在行上可查看其来源。</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>添加设备(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add region…</source>
        <translation>添加地区(&amp;A)…</translation>
    </message>
    <message>
        <source>Your own catalog could not be opened, so entries cannot be added or changed.</source>
        <translation>无法打开自定义数据目录，因此不能添加或修改条目。</translation>
    </message>
    <message>
        <source>Creates your own copy with the same id, used instead of the shipped values</source>
        <translation>创建一个 ID 相同的自定义副本，用以替代内置值</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted</source>
        <translation>只能删除自定义条目</translation>
    </message>
    <message>
        <source>Edit a shipped entry</source>
        <translation>编辑内置条目</translation>
    </message>
    <message>
        <source>“%1” comes with the application&apos;s catalog.</source>
        <translation>“%1”来自应用程序的内置数据目录。</translation>
    </message>
    <message>
        <source>Editing it creates your own copy with the same id (%1). Your copy is used instead of the shipped values in every estimate; delete it to return to them.</source>
        <translation>编辑它会创建一个 ID 相同（%1）的自定义副本。在所有估算中都将使用你的副本而非内置值；删除副本即可恢复内置值。</translation>
    </message>
    <message>
        <source>Create my copy</source>
        <translation>创建我的副本</translation>
    </message>
    <message>
        <source>Delete your entry</source>
        <translation>删除自定义条目</translation>
    </message>
    <message>
        <source>Delete “%1” (%2)?</source>
        <translation>删除“%1”（%2）？</translation>
    </message>
    <message>
        <source>Scenarios that use this id will use the shipped entry of the same id if there is one, and otherwise report it as unknown.</source>
        <translation>使用此 ID 的情景将改用同一 ID 的内置条目（如有），否则报告为未知。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataBrowserForm</name>
    <message>
        <source>TDP must be between %1 and %2 W.</source>
        <translation>TDP 必须介于 %1 与 %2 W 之间。</translation>
    </message>
    <message>
        <source>Peak rates must be above 0 and at most %1 TFLOP/s.</source>
        <translation>峰值算力必须大于 0 且不超过 %1 TFLOP/s。</translation>
    </message>
    <message>
        <source>Carbon intensity must be above 0 and at most %1 g/kWh.</source>
        <translation>碳强度必须大于 0 且不超过 %1 g/kWh。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>请输入 ID。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The BF16 peak must not be below the FP32 peak.</source>
        <translation>BF16 峰值不能低于 FP32 峰值。</translation>
    </message>
    <message>
        <source>Idle power must be between %1 W and the TDP.</source>
        <translation>空闲功耗必须介于 %1 W 与 TDP 之间。</translation>
    </message>
    <message>
        <source>The carbon-free share must be between %1 and %2 %.</source>
        <translation>无碳比例必须介于 %1 与 %2 % 之间。</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>年份必须介于 %1 与 %2 之间。</translation>
    </message>
</context>
<context>
    <name>aicarbon::DataSourcesDialog</name>
    <message>
        <source>Data sources and licences</source>
        <translation>数据来源与许可</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution&lt;/b&gt;</source>
        <translation>&lt;b&gt;署名&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reference data version %1 of %2. Every value in the catalog cites one of the %L3 sources below; click a link to open it in your browser.</source>
        <translation>参考数据版本 %1（%2）。数据目录中的每个值都引用下列 %L3 个来源之一；点击链接可在浏览器中打开。</translation>
    </message>
    <message>
        <source>No catalog is loaded.</source>
        <translation>未加载数据目录。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>CC BY 4.0</source>
        <translation>CC BY 4.0</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Grid carbon intensity of countries and world regions: Our World in Data based on Ember (2025) and Energy Institute – Statistical Review of World Energy.</source>
        <translation>国家和世界地区的电网碳强度：Our World in Data，基于 Ember（2025）和 Energy Institute – Statistical Review of World Energy。</translation>
    </message>
    <message>
        <source>Grid carbon intensity of zones and sub-national regions: Electricity Maps (2025/2026), yearly carbon intensity data, www.electricitymaps.com (the 2024 table as aggregated for Green Algorithms; 2021–2025 via The Green Web Foundation&apos;s CO2.js).</source>
        <translation>分区和次国家级地区的电网碳强度：Electricity Maps（2025/2026），年度碳强度数据，www.electricitymaps.com（2024 年数据表为 Green Algorithms 汇总版本；2021–2025 年数据来自 The Green Web Foundation 的 CO2.js）。</translation>
    </message>
    <message>
        <source>ODbL 1.0</source>
        <translation>ODbL 1.0</translation>
    </message>
    <message>
        <source>The grid-intensity and region tables contain information from Electricity Maps, which is made available under the Open Database License (ODbL) v1.0. These two tables, as a Derived Database, are likewise offered under the ODbL v1.0. The other tables keep the licences listed here; the program code is not affected by the share-alike term.</source>
        <translation>电网碳强度表和地区表包含来自 Electricity Maps 的信息，该信息依据开放数据库许可协议（ODbL）v1.0 提供。这两个表作为衍生数据库，同样依据 ODbL v1.0 提供。其他表保留此处列出的许可；程序代码不受相同方式共享条款的影响。</translation>
    </message>
    <message>
        <source>Accelerator specifications: Epoch AI, “Data on Machine Learning Hardware”, epoch.ai.</source>
        <translation>加速器规格：Epoch AI，“Data on Machine Learning Hardware”，epoch.ai。</translation>
    </message>
    <message>
        <source>CPU power, cloud data centres, PUE and carbon-intensity tables: Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021.</source>
        <translation>CPU 功耗、云数据中心、PUE 和碳强度表：Lannelongue L., Grealey J., Inouye M., “Green Algorithms: Quantifying the Carbon Footprint of Computation”, Advanced Science 2021。</translation>
    </message>
    <message>
        <source>Cloud region carbon data: Google Cloud region-carbon-info, © Google LLC.</source>
        <translation>云区域碳数据：Google Cloud region-carbon-info，© Google LLC。</translation>
    </message>
    <message>
        <source>Provider PUE, GPU idle power and cloud regions: Cloud Carbon Footprint methodology, © Thoughtworks and Cloud Carbon Footprint contributors.</source>
        <translation>服务商 PUE、GPU 空闲功耗和云区域：Cloud Carbon Footprint 方法，© Thoughtworks 及 Cloud Carbon Footprint 贡献者。</translation>
    </message>
    <message>
        <source>CPU power and cloud region tables: CodeCarbon and ML CO2 Impact (mlco2), © CodeCarbon and mlco2 contributors.</source>
        <translation>CPU 功耗和云区域表：CodeCarbon 和 ML CO2 Impact（mlco2），© CodeCarbon 及 mlco2 贡献者。</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Embodied emissions of accelerator dies: LLMCarbon hardware table, Faiz et al., ICLR 2024.</source>
        <translation>加速器芯片裸片的隐含排放：LLMCarbon 硬件表，Faiz 等，ICLR 2024。</translation>
    </message>
    <message>
        <source>Country and region names and codes: Debian iso-codes.</source>
        <translation>国家和地区名称及代码：Debian iso-codes。</translation>
    </message>
    <message>
        <source>LGPL 2.1 or later</source>
        <translation>LGPL 2.1 或更高版本</translation>
    </message>
    <message>
        <source>Figures from papers and datasheets are cited facts; each paper or datasheet has its row in the table above.</source>
        <translation>来自论文和数据手册的数值属于引用的事实；每篇论文或数据手册在上表中都有对应的行。</translation>
    </message>
    <message>
        <source>AI Carbon Planner itself is free software under the GNU General Public License, version 3 or later.</source>
        <translation>AI Carbon Planner 本身是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>aicarbon::DeviceTableModel</name>
    <message>
        <source>Dense %1 peak in TFLOP/s (no sparsity)</source>
        <translation>%1 稠密峰值算力，TFLOP/s（不含稀疏）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <source>TDP
W</source>
        <translation>TDP
W</translation>
    </message>
    <message>
        <source>Thermal design power (board or module), W</source>
        <translation>热设计功耗（板卡或模块），W</translation>
    </message>
    <message>
        <source>FP32
TFLOP/s</source>
        <translation>FP32
TFLOP/s</translation>
    </message>
    <message>
        <source>BF16
TFLOP/s</source>
        <translation>BF16
TFLOP/s</translation>
    </message>
    <message>
        <source>FP16
TFLOP/s</source>
        <translation>FP16
TFLOP/s</translation>
    </message>
    <message>
        <source>FP8
TFLOP/s</source>
        <translation>FP8
TFLOP/s</translation>
    </message>
    <message>
        <source>Memory
GB</source>
        <translation>显存
GB</translation>
    </message>
    <message>
        <source>Device memory, GB (10⁹ bytes)</source>
        <translation>设备内存，GB（10⁹ 字节）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>情景文件和 aicarbon-cli 使用的 ID</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> （自定义条目）</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>TDP: %1 W (%2)</source>
        <translation>TDP：%1 W（%2）</translation>
    </message>
    <message>
        <source>Idle: %1 W</source>
        <translation>空闲：%1 W</translation>
    </message>
    <message>
        <source>Dense peaks, TFLOP/s: %1</source>
        <translation>稠密峰值，TFLOP/s：%1</translation>
    </message>
    <message>
        <source>Process: %1 nm, die %2 mm²</source>
        <translation>制程：%1 nm，裸片 %2 mm²</translation>
    </message>
    <message>
        <source>Embodied: %1 kg CO₂e (%2)</source>
        <translation>隐含排放：%1 kg CO₂e（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>aicarbon::FigureDialog</name>
    <message>
        <source>Comparison of one quantity</source>
        <translation>单一指标对比</translation>
    </message>
    <message>
        <source>Emissions by component</source>
        <translation>按组成部分的排放</translation>
    </message>
    <message>
        <source>Region ranking</source>
        <translation>地区排名</translation>
    </message>
    <message>
        <source>Devices: time against emissions</source>
        <translation>设备：时间与排放对比</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>排放</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>设施能耗</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>指标(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情景(&amp;S)：</translation>
    </message>
    <message>
        <source> dpi (PNG)</source>
        <translation> dpi (PNG)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito（色盲友好）</translation>
    </message>
    <message>
        <source>Grayscale with hatching (print)</source>
        <translation>灰度加阴影线（打印用）</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe, by lightness)</source>
        <translation>Viridis（色盲友好，按明度）</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright（色盲友好）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Above the chart</source>
        <translation>图表上方</translation>
    </message>
    <message>
        <source>Right of the chart</source>
        <translation>图表右侧</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>字号(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>配色(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Legend:</source>
        <translation>图例(&amp;L)：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>The project has no scenario to draw.</source>
        <translation>项目中没有可绘制的情景。</translation>
    </message>
    <message>
        <source>%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels</source>
        <translation>%1 × %2 mm = %3 × %4 in；PNG %5 × %6 像素</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Single column (%1 mm)</source>
        <translation>单栏（%1 mm）</translation>
    </message>
    <message>
        <source>%1 column (%2 mm)</source>
        <translation>%1 栏（%2 mm）</translation>
    </message>
    <message>
        <source>Double column (%1 mm)</source>
        <translation>双栏（%1 mm）</translation>
    </message>
    <message>
        <source>Slide %1:%2 (%3 mm)</source>
        <translation>幻灯片 %1:%2（%3 mm）</translation>
    </message>
</context>
<context>
    <name>aicarbon::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>aicarbon::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Catalog data %1 (%2)</source>
        <translation>数据目录 %1（%2）</translation>
    </message>
    <message>
        <source>Your own catalog (%1) could not be opened: %2
The app works with the shipped catalog only until this is resolved.</source>
        <translation>无法打开自定义数据目录（%1）：%2
在解决此问题之前，应用程序仅使用内置数据目录。</translation>
    </message>
    <message>
        <source>Your own catalog could not be read (%1). It was moved aside, unchanged, to
%2
and a new, empty one was started.</source>
        <translation>无法读取自定义数据目录（%1）。已将其原样移至
%2
并新建了一个空数据目录。</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>假设分析(&amp;W)</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>敏感性(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>导出图表(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Scenario</source>
        <translation>添加情景(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario</source>
        <translation>复制情景(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>删除情景(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline</source>
        <translation>设为基准(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>方法说明(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Data Sources and Licences</source>
        <translation>数据来源与许可(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About AI Carbon Planner</source>
        <translation>关于 AI Carbon Planner(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The file was not opened; your current project is unchanged.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;文件未打开；当前项目保持不变。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2
The previous file is unchanged.</source>
        <translation>无法保存 %1：%2
原文件保持不变。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard your changes and reload %1?</source>
        <translation>放弃更改并重新加载 %1？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>%1[*] — AI Carbon Planner</source>
        <translation>%1[*] — AI Carbon Planner</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <source>About AI Carbon Planner</source>
        <translation>关于 AI Carbon Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;Plan the time, energy, carbon and cost of a machine-learning training run before you launch it.&lt;/p&gt;&lt;p&gt;Catalog data %2 (%3). Works offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Charts by QCustomPlot (GPL). The data keep their sources&apos; licences: see Help → Data Sources and Licences.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Carbon Planner %1&lt;/h3&gt;&lt;p&gt;在启动机器学习训练之前，规划其时间、能耗、碳排放和成本。&lt;/p&gt;&lt;p&gt;数据目录 %2（%3）。可离线使用。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。图表由 QCustomPlot（GPL）绘制。数据沿用其来源的许可：参见“帮助 → 数据来源与许可”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided Explanation</source>
        <translation>引导讲解(&amp;G)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Published Numbers…</source>
        <translation>已发表数据(&amp;P)…</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::MethodsDialog</name>
    <message>
        <source>Methods Paragraph</source>
        <translation>方法段落</translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save .&amp;bib…</source>
        <translation>保存 .bib(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Save Methods Paragraph</source>
        <translation>保存方法段落</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save Bibliography</source>
        <translation>保存参考文献</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
</context>
<context>
    <name>aicarbon::ModelTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>Active
parameters</source>
        <translation>激活
参数量</translation>
    </message>
    <message>
        <source>Parameters used per token (mixture of experts)</source>
        <translation>每个 token 使用的参数量（混合专家模型）</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <source>Width of the residual stream</source>
        <translation>残差流宽度</translation>
    </message>
    <message>
        <source>Context
tokens</source>
        <translation>上下文
token</translation>
    </message>
    <message>
        <source>Context length in tokens</source>
        <translation>以 token 计的上下文长度</translation>
    </message>
    <message>
        <source>Training
tokens</source>
        <translation>训练
token</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>训练中见过的 token 数</translation>
    </message>
    <message>
        <source>Published run on</source>
        <translation>已发表训练所用设备</translation>
    </message>
    <message>
        <source>Device of the published training run</source>
        <translation>已发表训练运行所用的设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Number of devices of the published training run</source>
        <translation>已发表训练运行所用的设备数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>系列：%1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数量：%1</translation>
    </message>
    <message>
        <source>Training tokens: %1</source>
        <translation>训练 token 数：%1</translation>
    </message>
    <message>
        <source>Heads: %1, vocabulary: %2</source>
        <translation>注意力头：%1，词表：%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>aicarbon::OptionalNumberField</name>
    <message>
        <source>Give this input an uncertainty range (low, high and distribution)</source>
        <translation>为该输入设置不确定性范围（下限、上限和分布）</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>%1; the estimate still uses %2</source>
        <translation>%1；估算仍使用 %2</translation>
    </message>
</context>
<context>
    <name>aicarbon::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Automatic (g, kg, t or kt by size)</source>
        <translation>自动（按大小选用 g、kg、t 或 kt）</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>千克 (kg)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>吨 (t)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>磅 (lb)</translation>
    </message>
    <message>
        <source>Automatic (kWh, MWh, GWh or TWh by size)</source>
        <translation>自动（按大小选用 kWh、MWh、GWh 或 TWh）</translation>
    </message>
    <message>
        <source>Kilowatt-hours (kWh)</source>
        <translation>千瓦时 (kWh)</translation>
    </message>
    <message>
        <source>Megawatt-hours (MWh)</source>
        <translation>兆瓦时 (MWh)</translation>
    </message>
    <message>
        <source>&amp;Mass of CO₂e:</source>
        <translation>CO₂e 质量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>能耗(&amp;E)：</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito（色盲友好）</translation>
    </message>
    <message>
        <source>Tol bright (colour-blind safe)</source>
        <translation>Tol bright（色盲友好）</translation>
    </message>
    <message>
        <source>Grayscale (for print)</source>
        <translation>灰度（打印用）</translation>
    </message>
    <message>
        <source>Scenario &amp;colours:</source>
        <translation>情景配色(&amp;C)：</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Give inputs left at their defaults a documented &amp;range</source>
        <translation>为保留默认值的输入设置有文献依据的范围(&amp;R)</translation>
    </message>
    <message>
        <source>Defaults for new scenarios</source>
        <translation>新情景的默认值</translation>
    </message>
    <message>
        <source>engine default (%1)</source>
        <translation>引擎默认值（%1）</translation>
    </message>
    <message>
        <source>from the catalog</source>
        <translation>取自数据目录</translation>
    </message>
    <message>
        <source>Empty: the provider&apos;s PUE from the catalog, else the world average %1 (Uptime Institute 2024).</source>
        <translation>留空：使用数据目录中服务商的 PUE，否则使用全球平均值 %1（Uptime Institute 2024）。</translation>
    </message>
    <message>
        <source>Model FLOPs &amp;utilization:</source>
        <translation>模型算力利用率(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;PUE:</source>
        <translation>PUE(&amp;P)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Show %1% intervals, error bars and the sensitivity of each scenario</source>
        <translation>显示每个情景的 %1% 区间、误差线和敏感性(&amp;S)</translation>
    </message>
    <message>
        <source>MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate share, grid intensity across catalog sources (methodology §13.2). Off: only the ranges you give count.</source>
        <translation>MFU %1–%2，功率为 TDP 的 %3–%4 %，主机功率最高为 DGX 铭牌值的分摊份额，电网碳强度取数据目录中各个来源的范围（方法说明 §13.2）。关闭时：只计入你设定的范围。</translation>
    </message>
    <message>
        <source>Empty: the engine&apos;s default, %1 (Llama 3 measured %2–%3 % on H100).</source>
        <translation>留空：使用引擎默认值 %1（Llama 3 在 H100 上实测为 %2–%3 %）。</translation>
    </message>
    <message>
        <source>MFU must be a number above %1 and at most %2 (e.g. %3), or empty.</source>
        <translation>MFU 必须是大于 %1 且不超过 %2 的数字（例如 %3），或留空。</translation>
    </message>
    <message>
        <source>PUE must be a number of at least %1 (e.g. %2), or empty.</source>
        <translation>PUE 必须是不小于 %1 的数字（例如 %2），或留空。</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedFootprintModel</name>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Reported energy (MWh)</source>
        <translation>报告能耗 (MWh)</translation>
    </message>
    <message>
        <source>Estimated energy (MWh)</source>
        <translation>估算能耗 (MWh)</translation>
    </message>
    <message>
        <source>Δ energy (%)</source>
        <translation>Δ 能耗 (%)</translation>
    </message>
    <message>
        <source>Reported CO₂e (t)</source>
        <translation>报告 CO₂e (t)</translation>
    </message>
    <message>
        <source>Estimated CO₂e (t)</source>
        <translation>估算 CO₂e (t)</translation>
    </message>
    <message>
        <source>Δ CO₂e (%)</source>
        <translation>Δ CO₂e (%)</translation>
    </message>
    <message>
        <source>Planning mode CO₂e (t)</source>
        <translation>规划模式 CO₂e (t)</translation>
    </message>
    <message>
        <source>Δ planning (%)</source>
        <translation>Δ 规划 (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>device count × device name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Duration: %1 h (wall clock)</source>
        <translation>时长：%1 小时（墙钟时间）</translation>
    </message>
    <message>
        <source>Duration: %1 days (wall clock)</source>
        <translation>时长：%1 天（墙钟时间）</translation>
    </message>
    <message>
        <source>Duration: %1 device-hours</source>
        <translation>时长：%1 设备小时</translation>
    </message>
    <message>
        <source>Average power: %1 W for the whole machine</source>
        <translation>平均功率：整机 %1 W</translation>
    </message>
    <message>
        <source>Average power: %1 W per device</source>
        <translation>平均功率：每台设备 %1 W</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE：%1</translation>
    </message>
    <message>
        <source>lb CO₂e/kWh</source>
        <translation>lb CO₂e/kWh</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Grid intensity: %1 %2</source>
        <translation>电网碳强度：%1 %2</translation>
    </message>
    <message>
        <source>Net of carbon-free energy: %1 %2</source>
        <translation>扣除无碳能源后：%1 %2</translation>
    </message>
    <message>
        <source>lb CO₂e</source>
        <translation>lb CO₂e</translation>
    </message>
    <message>
        <source>t CO₂e</source>
        <translation>t CO₂e</translation>
    </message>
    <message>
        <source>Published energy: %1 kWh</source>
        <translation>已发表能耗：%1 kWh</translation>
    </message>
    <message>
        <source>Published energy: not published</source>
        <translation>已发表能耗：未公布</translation>
    </message>
    <message>
        <source>Published emissions: %1 %2</source>
        <translation>已发表排放：%1 %2</translation>
    </message>
    <message>
        <source>Published net (market-based) emissions: %1 %2</source>
        <translation>已发表净排放（基于市场）：%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Inputs used:</source>
        <translation>所用输入：</translation>
    </message>
    <message>
        <source>Planning mode: %1 at %2 % MFU</source>
        <translation>规划模式：%1（MFU 为 %2 %）</translation>
    </message>
    <message>
        <source>Planning mode: not available (no model preset with parameters and tokens, or no peak FLOP/s for the device)</source>
        <translation>规划模式：不可用（没有含参数量和 token 数的模型预设，或该设备没有峰值 FLOP/s）</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersDialog</name>
    <message>
        <source>Published Numbers</source>
        <translation>已发表数据</translation>
    </message>
</context>
<context>
    <name>aicarbon::PublishedNumbersView</name>
    <message>
        <source>Well-known published training footprints beside this tool&apos;s estimate from the same inputs: the study&apos;s devices, duration, average power, PUE and grid intensity. Hover over a row to see the inputs used.</source>
        <translation>知名的已发表训练碳足迹，与本工具根据相同输入（该研究的设备、时长、平均功率、PUE 和电网碳强度）得出的估算并列对照。将鼠标悬停在行上可查看所用输入。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why do estimates and reports differ?&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding.&lt;/b&gt; Papers print days, watts and tonnes with two or three digits; small runs differ most.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What was counted.&lt;/b&gt; Strubell et al. measured the whole machine (processors, memory and GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU power only, without data-centre overhead (PUE), idle machines or manufacturing.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE and grid.&lt;/b&gt; Each study chose its own data-centre overhead and grid intensity, and the estimate uses exactly those. In another year or region the same run emits very differently.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Host power.&lt;/b&gt; Servers also power processors, memory and networking; the Llama 2 and BLOOM figures count the accelerators only.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planning mode&lt;/b&gt; starts from parameters × tokens at an assumed %1 % model FLOPs utilization, before any training. The real runs used their chips differently, so a plan can be far from the report: that is the uncertainty of planning.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;为什么估算值与报告值不同？&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;舍入。&lt;/b&gt;论文给出的天数、瓦数和吨数只有两三位有效数字；规模小的训练差异最大。&lt;/li&gt;&lt;li&gt;&lt;b&gt;计入了哪些部分。&lt;/b&gt;Strubell 等测量的是整台机器（处理器、内存和 GPU）；Patterson 等在每块芯片的功率中计入了主机；BLOOM 的数值只计 GPU 功率，不含数据中心开销 (PUE)、空闲机器和制造。&lt;/li&gt;&lt;li&gt;&lt;b&gt;PUE 与电网。&lt;/b&gt;每项研究都选用了自己的数据中心开销和电网碳强度，估算也完全采用这些值。换一个年份或地区，同一次训练的排放会大不相同。&lt;/li&gt;&lt;li&gt;&lt;b&gt;主机功率。&lt;/b&gt;服务器还要为处理器、内存和网络供电；Llama 2 和 BLOOM 的数值只计加速器。&lt;/li&gt;&lt;li&gt;&lt;b&gt;规划模式&lt;/b&gt;在任何训练开始之前，从 参数量 × token 数 出发，假设模型算力利用率为 %1 %。实际训练对芯片的利用各不相同，因此规划结果可能与报告值相差很远：这正是规划的不确定性。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation>作为情景打开(&amp;O)</translation>
    </message>
    <message>
        <source>Add the selected run, with the study&apos;s inputs, to the project (undoable)</source>
        <translation>将所选训练连同该研究的输入添加到项目中（可撤销）</translation>
    </message>
    <message>
        <source>Open &amp;Planned Scenario</source>
        <translation>打开规划情景(&amp;P)</translation>
    </message>
    <message>
        <source>Add the selected run planned from its model preset to the project (undoable)</source>
        <translation>将根据模型预设规划的所选训练添加到项目中（可撤销）</translation>
    </message>
</context>
<context>
    <name>aicarbon::RangeEditor</name>
    <message>
        <source>low bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>三角</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正态</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>对数正态</translation>
    </message>
    <message>
        <source>Uniform: every value between the bounds equally likely. Triangular: most likely at the field&apos;s value. Normal: centred on the value, σ = (high − low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% quantiles around the value.</source>
        <translation>均匀：上下限之间每个值的可能性相同。三角：字段值处可能性最大。正态：以该值为中心，σ = (上限 − 下限)/3.29，在上下限处截断。对数正态：上下限为该值两侧的 5% 和 95% 分位数。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the range: the input counts as exactly known again</source>
        <translation>移除范围：该输入重新视为精确已知</translation>
    </message>
    <message>
        <source>Low bound: %1</source>
        <translation>下限：%1</translation>
    </message>
    <message>
        <source>High bound: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>下限必须小于上限。</translation>
    </message>
    <message>
        <source>Give the field a value first: the range is drawn around it.</source>
        <translation>请先为字段填入数值：范围围绕该值设定。</translation>
    </message>
    <message>
        <source>The range must contain the field&apos;s value, %1.</source>
        <translation>范围必须包含字段值 %1。</translation>
    </message>
    <message>
        <source>A lognormal range needs a positive low bound.</source>
        <translation>对数正态范围需要正的下限。</translation>
    </message>
</context>
<context>
    <name>aicarbon::RegionTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The id scenario files and aicarbon-cli use</source>
        <translation>情景文件和 aicarbon-cli 使用的 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 code</source>
        <translation>ISO 3166-1 alpha-2 代码</translation>
    </message>
    <message>
        <source>Intensity
g/kWh</source>
        <translation>碳强度
g/kWh</translation>
    </message>
    <message>
        <source>Grid carbon intensity used by default: the primary series&apos; latest year</source>
        <translation>默认使用的电网碳强度：主数据序列的最新年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Year of the intensity value</source>
        <translation>碳强度值的年份</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Lifecycle includes upstream emissions of the fuels; direct counts combustion only</source>
        <translation>全生命周期包含燃料的上游排放；直接排放仅计燃烧</translation>
    </message>
    <message>
        <source>Carbon-free
%</source>
        <translation>无碳
%</translation>
    </message>
    <message>
        <source>Share of carbon-free electricity, where the source gives it</source>
        <translation>无碳电力的比例（如来源提供）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source of the intensity value</source>
        <translation>碳强度值的来源</translation>
    </message>
    <message>
        <source>World</source>
        <translation>世界</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>电网分区</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>全生命周期</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>No intensity value</source>
        <translation>无碳强度值</translation>
    </message>
    <message>
        <source> (your own entry)</source>
        <translation> （自定义条目）</translation>
    </message>
    <message>
        <source>Id: %1 (%2)</source>
        <translation>ID：%1（%2）</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>所属：%1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message>
        <source>%1 g/kWh in %2 (%3)</source>
        <translation>%1 g/kWh，%2 年（%3）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ReportActions</name>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Methods Paragraph…</source>
        <translation>方法段落(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Reproducibility &amp;Bundle…</source>
        <translation>导出可复现性包(&amp;B)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex)</source>
        <translation>LaTeX 表格 (*.tex)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown 表格 (*.md)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Export Reproducibility Bundle</source>
        <translation>导出可复现性包</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListDock</name>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a new scenario</source>
        <translation>添加新情景</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>复制所选情景</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>删除所选情景</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the scenario up</source>
        <translation>将情景上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the scenario down</source>
        <translation>将情景下移</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Compare every scenario against this one</source>
        <translation>将所有情景与此情景对比</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
</context>
<context>
    <name>aicarbon::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Total: %1 CO2e</source>
        <translation>总计：%1 CO2e</translation>
    </message>
</context>
<context>
    <name>aicarbon::SensitivityView</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>CO₂e at low</source>
        <translation>下限时的 CO₂e</translation>
    </message>
    <message>
        <source>CO₂e at high</source>
        <translation>上限时的 CO₂e</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>变幅</translation>
    </message>
    <message>
        <source>Variance share Sᵢ</source>
        <translation>方差占比 Sᵢ</translation>
    </message>
    <message>
        <source>Total share Sₜᵢ</source>
        <translation>总占比 Sₜᵢ</translation>
    </message>
    <message>
        <source>Source of the range</source>
        <translation>范围来源</translation>
    </message>
    <message>
        <source>Input at its low bound</source>
        <translation>输入取下限</translation>
    </message>
    <message>
        <source>Input at its high bound</source>
        <translation>输入取上限</translation>
    </message>
    <message>
        <source>Which input matters for %1?</source>
        <translation>哪个输入对“%1”影响最大？</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <source>Add or select a scenario.</source>
        <translation>请添加或选择一个情景。</translation>
    </message>
    <message>
        <source>Uncertainty is switched off in Preferences.</source>
        <translation>已在首选项中关闭不确定性。</translation>
    </message>
    <message>
        <source>The scenario has errors; correct them first.</source>
        <translation>该情景有错误；请先更正。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No input of this scenario has a range. Give a field a range in the editor (the ± button), or switch on default ranges in Preferences.</source>
        <translation>该情景没有任何输入设置了范围。请在编辑器中为字段设置范围（± 按钮），或在首选项中开启默认范围。</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>总排放（%1 CO₂e）</translation>
    </message>
    <message>
        <source>default range</source>
        <translation>默认范围</translation>
    </message>
    <message>
        <source>your range</source>
        <translation>你的范围</translation>
    </message>
    <message>
        <source>%1 to %2, %3 (%4)</source>
        <translation>%1 至 %2，%3（%4）</translation>
    </message>
    <message>
        <source>this scenario</source>
        <translation>此情景</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its low to its high bound with the others at their central values; the variance share says how much of the spread that input explains alone.</source>
        <translation>
            <numerusform>总 CO₂e %1（%2，%3% 区间，%Ln 次抽样）。每个条形将一个输入从下限移到上限，其他输入保持中心值；方差占比表示该输入单独能解释多大比例的离散程度。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::SweepTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>设施能耗</translation>
    </message>
    <message>
        <source>Total CO₂e</source>
        <translation>总 CO₂e</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>vs current</source>
        <translation>相对当前</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Grid intensity: %1 gCO₂e/kWh, %2</source>
        <translation>电网碳强度：%1 gCO₂e/kWh，%2</translation>
    </message>
    <message>
        <source>PUE: %1</source>
        <translation>PUE：%1</translation>
    </message>
    <message>
        <source>Wall-clock time: %1 h</source>
        <translation>墙钟时间：%1 h</translation>
    </message>
    <message>
        <source>Facility energy: %1 kWh</source>
        <translation>设施能耗：%1 kWh</translation>
    </message>
    <message>
        <source>Total emissions: %1 kg CO₂e</source>
        <translation>总排放：%1 kg CO₂e</translation>
    </message>
    <message>
        <source>Compared with the current scenario: %1</source>
        <translation>与当前情景相比：%1</translation>
    </message>
    <message>
        <source>direct (provider)</source>
        <translation>直接（服务商）</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>全生命周期</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按来源</translation>
    </message>
</context>
<context>
    <name>aicarbon::UncertaintyBox</name>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e，总计</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e，基于市场</translation>
    </message>
    <message>
        <source>Energy, facility</source>
        <translation>能耗，设施</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>墙钟时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>No intervals: %1</source>
        <translation>无区间：%1</translation>
    </message>
    <message>
        <source>No intervals.</source>
        <translation>无区间。</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>No input has a range, so these are point estimates. Give a field a range, or switch on the default ranges in Preferences.</source>
        <translation>没有任何输入设置了范围，因此这些是点估计。请为字段设置范围，或在首选项中开启默认范围。</translation>
    </message>
    <message>
        <source>%1 (%2, %3% interval)</source>
        <translation>%1（%2，%3% 区间）</translation>
    </message>
    <message>
        <source>Computing the %1% intervals…</source>
        <translation>正在计算 %1% 区间…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The Sensitivity tab shows which input matters most.</source>
        <translation>
            <numerusform>%Ln 次抽样；不确定输入：%1 个，其中 %2 个使用默认范围。“敏感性”选项卡显示哪个输入影响最大。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aicarbon::UserDeviceDialog</name>
    <message>
        <source>Add a device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Edit your device</source>
        <translation>编辑自定义设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. acme-x100 (used in scenario files)</source>
        <translation>例如 acme-x100（用于情景文件）</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new device and delete this one.</source>
        <translation>ID 不可更改。如需重命名，请添加新设备并删除此设备。</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>TPU</source>
        <translation>TPU</translation>
    </message>
    <message>
        <source>Other accelerator</source>
        <translation>其他加速器</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Release &amp;year:</source>
        <translation>发布年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Power and memory</source>
        <translation>功耗与内存</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>TDP(&amp;T)：</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I&amp;dle power:</source>
        <translation>空闲功耗(&amp;D)：</translation>
    </message>
    <message>
        <source>Vendor datasheet</source>
        <translation>厂商数据手册</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>Power &amp;figures:</source>
        <translation>功耗数据(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>隐含排放(&amp;E)：</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>&amp;Source notes:</source>
        <translation>来源说明(&amp;S)：</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>这些数据的出处</translation>
    </message>
    <message>
        <source>Dense peak rates (without sparsity)</source>
        <translation>稠密峰值算力（不含稀疏）</translation>
    </message>
    <message>
        <source>TOP/s</source>
        <translation>TOP/s</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Enter a number, or leave the field empty.</source>
        <translation>请输入数字，或留空。</translation>
    </message>
    <message>
        <source>You already have a device with this id; saving replaces it.</source>
        <translation>你已有一个此 ID 的设备；保存将替换它。</translation>
    </message>
    <message>
        <source>A shipped device has this id; yours will be used instead of it in every estimate.</source>
        <translation>已有内置设备使用此 ID；在所有估算中将改用你的设备。</translation>
    </message>
</context>
<context>
    <name>aicarbon::UserRegionDialog</name>
    <message>
        <source>Add a region</source>
        <translation>添加地区</translation>
    </message>
    <message>
        <source>Edit your region</source>
        <translation>编辑自定义地区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. MY-DATACENTRE (used in scenario files)</source>
        <translation>例如 MY-DATACENTRE（用于情景文件）</translation>
    </message>
    <message>
        <source>The id cannot change. To rename, add a new region and delete this one.</source>
        <translation>ID 不可更改。如需重命名，请添加新地区并删除此地区。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Grid zone</source>
        <translation>电网分区</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Country code:</source>
        <translation>国家代码(&amp;C)：</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2, e.g. DE</source>
        <translation>ISO 3166-1 alpha-2，例如 DE</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>所属(&amp;P)：</translation>
    </message>
    <message>
        <source>id of the enclosing region, optional</source>
        <translation>上级地区的 ID，可选</translation>
    </message>
    <message>
        <source>&amp;Also known as:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>other names, separated by ;</source>
        <translation>其他名称，用 ; 分隔</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>碳强度(&amp;T)：</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Lifecycle (includes upstream emissions)</source>
        <translation>全生命周期（包含上游排放）</translation>
    </message>
    <message>
        <source>Direct (combustion only)</source>
        <translation>直接（仅计燃烧）</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>口径(&amp;B)：</translation>
    </message>
    <message>
        <source>Carbon-&amp;free share:</source>
        <translation>无碳比例(&amp;F)：</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>You already have a region with this id; saving replaces it.</source>
        <translation>你已有一个此 ID 的地区；保存将替换它。</translation>
    </message>
    <message>
        <source>A shipped region has this id; yours will be used instead of it in every estimate.</source>
        <translation>已有内置地区使用此 ID；在所有估算中将改用你的地区。</translation>
    </message>
</context>
<context>
    <name>aicarbon::WhatIfView</name>
    <message>
        <source>&amp;Regions</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hardware</source>
        <translation>硬件(&amp;H)</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this region</source>
        <translation>用此地区创建情景(&amp;S)</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario moved to the selected region</source>
        <translation>添加一个迁移到所选地区的情景副本</translation>
    </message>
    <message>
        <source>Lowest emissions</source>
        <translation>排放最低</translation>
    </message>
    <message>
        <source>Highest emissions</source>
        <translation>排放最高</translation>
    </message>
    <message>
        <source>Name, id or country</source>
        <translation>名称、ID 或国家</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Create &amp;scenario from this device</source>
        <translation>用此设备创建情景(&amp;S)</translation>
    </message>
    <message>
        <source>Adds a copy of the scenario on the selected device</source>
        <translation>添加一个改用所选设备的情景副本</translation>
    </message>
    <message>
        <source>Every device of the catalog (CPUs left out), same workload, region and device count.</source>
        <translation>数据目录中的所有设备（不含 CPU），工作负载、地区和设备数量相同。</translation>
    </message>
    <message>
        <source>Lifecycle grid intensity</source>
        <translation>全生命周期电网碳强度</translation>
    </message>
    <message>
        <source>Direct-emissions intensity</source>
        <translation>直接排放碳强度</translation>
    </message>
    <message>
        <source>Current region</source>
        <translation>当前地区</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Pareto front (no device both faster and cleaner)</source>
        <translation>帕累托前沿（没有设备同时更快且更清洁）</translation>
    </message>
    <message>
        <source>Current device</source>
        <translation>当前设备</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <source>No scenario selected: add or select a scenario to see where and on what it would emit least.</source>
        <translation>未选择情景：请添加或选择一个情景，查看它在何处、用何种硬件排放最少。</translation>
    </message>
    <message>
        <source>now %1, %2 in %3</source>
        <translation>当前：%1，%2，位于 %3</translation>
    </message>
    <message>
        <source>the scenario itself cannot be estimated yet</source>
        <translation>该情景本身尚无法估算</translation>
    </message>
    <message>
        <source>What if “%1” ran in another region or on other hardware? (%2)</source>
        <translation>如果“%1”在其他地区或其他硬件上运行会怎样？（%2）</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Electricity grids</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>云：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Total emissions if run there (%1 CO₂e)</source>
        <translation>在该处运行的总排放（%1 CO₂e）</translation>
    </message>
    <message>
        <source>Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions only, as cloud providers such as Google publish them; the others are lifecycle grid intensities, higher for the same grid. Compare the two with care.</source>
        <translation>碳强度口径不同：带阴影线的条形和“直接”行仅计直接（燃烧）排放，与 Google 等云服务商公布的口径一致；其余为全生命周期电网碳强度，同一电网下数值更高。比较两者时请谨慎。</translation>
    </message>
    <message>
        <source>Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are left out: %1.</source>
        <translation>无法估算该情景的地区（例如缺少其年份的电网碳强度）已略去：%1。</translation>
    </message>
    <message>
        <source>Wall-clock time, final run (%1)</source>
        <translation>墙钟时间，最终训练（%1）</translation>
    </message>
    <message>
        <source>Total emissions (%1 CO₂e)</source>
        <translation>总排放（%1 CO₂e）</translation>
    </message>
    <message>
        <source>The stepped line is the Pareto front: for the devices on it, no other device is both faster and lower-emitting.</source>
        <translation>阶梯线为帕累托前沿：对于其上的设备，没有其他设备同时更快且排放更低。</translation>
    </message>
    <message>
        <source>Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) are left out: %1.</source>
        <translation>无法在其上估算该情景的设备（例如缺少其精度下的峰值吞吐量）已略去：%1。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（改在 %2）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（改用 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).</source>
        <translation>
            <numerusform>显示 %Ln 个地区中的 %1 个，按总排放排序（# = 在所有地区中的排名）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the time, energy, carbon and cost of machine-learning training runs.</source>
        <translation>规划机器学习训练的时间、能耗、碳排放和成本。</translation>
    </message>
    <message>
        <source>Load the example, draw every view once, print the time to first full draw and exit.</source>
        <translation>加载示例，将每个视图绘制一次，输出首次完整绘制所用时间后退出。</translation>
    </message>
    <message>
        <source>With --smoke-test: save a PNG of every view.</source>
        <translation>配合 --smoke-test：将每个视图保存为 PNG。</translation>
    </message>
    <message>
        <source>Use another catalog file.</source>
        <translation>使用其他数据目录文件。</translation>
    </message>
    <message>
        <source>A project to open.</source>
        <translation>要打开的项目。</translation>
    </message>
    <message>
        <source>The reference catalog could not be read:
%1</source>
        <translation>无法读取参考数据目录：
%1</translation>
    </message>
    <message>
        <source>Use this language for this session only (e.g. de, pt_BR, zh_CN).</source>
        <translation>仅在本次会话中使用此语言（例如 de、pt_BR、zh_CN）。</translation>
    </message>
    <message>
        <source>Open a lesson at start, one of: %1.</source>
        <translation>启动时打开一个课程，可选：%1。</translation>
    </message>
    <message>
        <source>Start in presentation mode (larger type and chart lines, for projectors).</source>
        <translation>以演示模式启动（更大的字号和图表线条，适用于投影仪）。</translation>
    </message>
</context>
</TS>
