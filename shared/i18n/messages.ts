/**
 * The one table of user-facing text, zh-CN first, then English.
 * Templates use `{name}` placeholders filled by `t()`.
 * Add entries under the section for your area; keep keys grouped by prefix.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export const MESSAGES = {
  // ── parse.* : reading numbers, target text, enums, periods ───────────────────
  // (parse-section)
  'parse.value.empty': { zh: '单元格为空', en: 'the cell is empty' },
  'parse.value.none': { zh: '“{value}”表示无数值', en: '"{value}" means no value' },
  'parse.number.invalid': {
    zh: '“{value}”不是有效的数字（可写 1,899、98.5%、57万、4.5亿，无数值写 / 或 —）',
    en: '"{value}" is not a number (write e.g. 1,899, 98.5%, 57万, 4.5亿; / or — for none)',
  },
  'parse.target.invalid': {
    zh: '“{value}”不是可识别的目标值（可写 600、98.5%以上、低于0.36、控制在0.25以内、≥1、3~5、每年新增300家、年均增长8%以上，无目标写 /）',
    en: '"{value}" is not a target we can read (write e.g. 600, 98.5%以上, 低于0.36, 控制在0.25以内, ≥1, 3~5, 每年新增300家, 年均增长8%以上; / for none)',
  },
  'parse.target.conflict': {
    zh: '“{value}”前后的比较词方向相反（如“低于…以上”），请只保留一个',
    en: '"{value}" has comparison words pointing opposite ways (e.g. 低于…以上); keep one',
  },
  'parse.target.band_order': {
    zh: '区间“{value}”的下限不小于上限',
    en: 'the range "{value}" has a lower bound not below its upper bound',
  },
  'parse.target.band_unit': {
    zh: '区间“{value}”两端的单位不同',
    en: 'the two ends of the range "{value}" have different units',
  },
  'parse.kind.invalid': {
    zh: '“{value}”不是有效的属性，可填：约束性、预期性',
    en: '"{value}" is not a valid kind; use binding (约束性) or expected (预期性)',
  },
  'parse.direction.invalid': {
    zh: '“{value}”不是有效的方向，可填：越高越好、越低越好、区间',
    en: '"{value}" is not a valid direction; use higher (越高越好), lower (越低越好) or band (区间)',
  },
  'parse.aggregation.invalid': {
    zh: '“{value}”不是有效的统计方式，可填：存量、累计（或 *）、每年、阈值、增长',
    en: '"{value}" is not a valid aggregation; use level, cumulative (or *), annual, threshold or growth',
  },
  'parse.frequency.invalid': {
    zh: '“{value}”不是有效的报送频次，可填：年、季、月',
    en: '"{value}" is not a valid frequency; use annual, quarterly or monthly (年/季/月)',
  },
  'parse.yesno.invalid': {
    zh: '“{value}”不是有效的是/否值，可填：是、否、Y、N、*',
    en: '"{value}" is not yes or no; use 是, 否, Y, N or *',
  },
  'parse.severity.invalid': {
    zh: '“{value}”不是有效的级别，可填：红（严重）、黄（警告）、提示',
    en: '"{value}" is not a valid severity; use critical (红), warning (黄) or info (提示)',
  },
  'parse.language.invalid': {
    zh: '“{value}”不是有效的语言，可填：中文（zh-CN）、英文（en）',
    en: '"{value}" is not a valid language; use zh-CN (中文) or en (English)',
  },
  'parse.digestMode.invalid': {
    zh: '“{value}”不是有效的发送方式，可填：always（每次）、on-change（有变化时）',
    en: '"{value}" is not a valid digest mode; use always or on-change',
  },
  'parse.alertState.invalid': {
    zh: '“{value}”不是有效的预警状态，可填：预警中、已恢复、已确认、已静默',
    en: '"{value}" is not a valid alert state; use firing, resolved, acknowledged or silenced',
  },
  'parse.status.invalid': {
    zh: '“{value}”不是有效的判定，可填：已完成、符合序时进度、滞后、严重滞后、越线、临近、缺报、无基期、预计难以完成、数据不一致',
    en: '"{value}" is not a valid status; use achieved, on_track, behind, at_risk, breached, near_limit, no_data, no_baseline, forecast_miss or inconsistent',
  },
  'parse.rule.invalid': {
    zh: '“{value}”不是有效的规则，可填：序时进度、底线、缺报、预测、一致性、基期',
    en: '"{value}" is not a valid rule; use pace, line, missing, forecast, consistency or baseline',
  },
  'parse.period.invalid': {
    zh: '“{value}”不是有效的期间，可写 2023、2023-Q3、2023-09（或 2023年、2023年第三季度、2023年9月）',
    en: '"{value}" is not a period; write 2023, 2023-Q3 or 2023-09 (or 2023年, 2023年第三季度, 2023年9月)',
  },

  // ── row.* : reading contract tables (missing columns, bad cells, duplicates) ──
  // (row-section)
  'row.at': {
    zh: '{workbook}「{sheet}」第 {row} 行「{column}」：{detailZh}',
    en: '{workbook}, sheet "{sheet}", row {row}, column {column}: {detailEn}',
  },
  'row.at_skipped': {
    zh: '{workbook}「{sheet}」第 {row} 行「{column}」：{detailZh}（本行未读取）',
    en: '{workbook}, sheet "{sheet}", row {row}, column {column}: {detailEn} (row skipped)',
  },
  'row.column_missing': {
    zh: '{workbook}「{sheet}」缺少必填列「{column}」，整张表未读取',
    en: '{workbook}, sheet "{sheet}": required column "{column}" is missing; the table was not read',
  },
  'row.column_duplicate': {
    zh: '{workbook}「{sheet}」的列「{column}」出现两次（{first} 列和 {second} 列），请删去一列；整张表未读取',
    en: '{workbook}, sheet "{sheet}": column "{column}" appears twice (columns {first} and {second}); remove one. The table was not read',
  },
  'row.required': { zh: '必填项为空', en: 'required but empty' },
  'row.required_not_none': {
    zh: '“{value}”表示无数值，但此处必须填写',
    en: '"{value}" means no value, but a value is required here',
  },
  'row.cell_error': {
    zh: '单元格为错误值 {value}，请修正公式',
    en: 'the cell holds the error {value}; fix the formula',
  },
  'row.formula_no_value': {
    zh: '公式没有保存计算结果，请在 Excel 中重新计算并保存',
    en: 'the formula has no stored result; recalculate and save in Excel',
  },
  'row.text_too_long': {
    zh: '文本长 {length} 个字符，超过 Excel 单元格 {limit} 个字符的上限',
    en: 'the text is {length} characters long, more than the {limit} characters an Excel cell holds',
  },
  'row.integer_needed': {
    zh: '“{value}”应为不小于 {min} 的整数',
    en: '"{value}" should be a whole number of at least {min}',
  },
  'row.year_invalid': {
    zh: '“{value}”不是年份（如 2020）',
    en: '"{value}" is not a year (e.g. 2020)',
  },
  'row.duplicate_id': {
    zh: '编号“{value}”与第 {first} 行重复',
    en: 'id "{value}" repeats row {first}',
  },
  'row.duplicate_milestone': {
    zh: '指标 {id}（地区“{region}”）{period} 的阶段目标与第 {first} 行重复',
    en: 'indicator {id} (region "{region}") already has a milestone for {period} on row {first}',
  },
  'row.duplicate_actual': {
    zh: '指标 {id}（地区“{region}”）{period} 的“{measure}”与第 {first} 行重复',
    en: 'indicator {id} (region "{region}") already has "{measure}" for {period} on row {first}',
  },
  'row.duplicate_email': {
    zh: '邮箱“{value}”与第 {first} 行重复',
    en: 'email "{value}" repeats row {first}',
  },
  'row.alert_cell_defaulted': {
    zh: '此格由系统填写，“{value}”无法读取，暂按“{fallback}”处理；本行确认/静默列照常保留，下次检查将重写此格',
    en: 'the checker writes this cell and cannot read "{value}"; read as "{fallback}" for now. The row\'s ack/silence columns are kept and the next check rewrites the cell',
  },
  'row.alert_id_restored': {
    zh: '预警编号为空或无法读取，已按指标、地区、规则恢复为 {alertId}；本行确认/静默列照常保留',
    en: "the alert id is empty or unreadable; restored as {alertId} from the indicator, region and rule. The row's ack/silence columns are kept",
  },
  'row.kind_defaulted': {
    zh: '属性为空，按预期性处理',
    en: 'kind is empty; read as expected (预期性)',
  },
  'row.target_qualitative': {
    zh: '目标“{value}”没有数值，只检查底线，不计算序时进度',
    en: 'the target "{value}" has no number; only limits are checked, no pace',
  },
  'row.direction_unknown': {
    zh: '无法判断方向，请在“方向”列填写越高越好、越低越好或区间',
    en: 'the direction cannot be told; fill the Direction column with higher, lower or band',
  },
  'row.direction_conflict': {
    zh: '方向“{value}”与目标“{target}”的写法不一致，按方向列处理',
    en: 'direction "{value}" disagrees with the target "{target}"; the Direction column is used',
  },
  'row.baseline_year_needed': {
    zh: '填写了基期值“{value}”，但基期年份为空',
    en: 'a baseline "{value}" is given but the baseline year is empty',
  },
  'row.target_year_needed': {
    zh: '填写了目标值“{value}”，但目标年份为空',
    en: 'a target "{value}" is given but the target year is empty',
  },
  'row.year_order': {
    zh: '目标年份 {value} 应晚于基期年份 {baselineYear}',
    en: 'the target year {value} should be after the baseline year {baselineYear}',
  },
  'row.limit_needs_line': {
    zh: '底线“{value}”须写明比较方式（如 低于0.36、98.5%以上、3~5）',
    en: 'the limit "{value}" needs a comparison (e.g. 低于0.36, 98.5%以上, 3~5)',
  },
  'row.line_needs_number': {
    zh: '“{value}”应为一个数值（如 0.3 或 0.3以下）',
    en: '"{value}" should be one number (e.g. 0.3 or 0.3以下)',
  },
  'row.value_needed': {
    zh: '数值与公布值都为空，至少填写一个',
    en: 'both value and official value are empty; fill at least one',
  },
  'row.email_invalid': {
    zh: '“{value}”不是有效的邮箱地址',
    en: '"{value}" is not a valid email address',
  },
  'row.scope_invalid': {
    zh: '范围“{value}”无法识别，请写成 类别:营商环境,质量提升; 地区:吴兴区; 责任处室:登记处（留空表示全部）',
    en: 'scope "{value}" cannot be read; write e.g. category=营商环境,质量提升; region=吴兴区; owner=登记处 (empty means everything)',
  },
  'row.setting_unknown': {
    zh: '设置项“{value}”无法识别，已忽略（可用：{known}）',
    en: 'setting "{value}" is not known and was ignored (known: {known})',
  },
  'row.setting_duplicate': {
    zh: '设置项“{value}”与第 {first} 行重复，以第 {first} 行为准',
    en: 'setting "{value}" repeats row {first}; row {first} counts',
  },
  'row.setting_timezone': {
    zh: '“{value}”不是有效的时区（如 Asia/Shanghai）',
    en: '"{value}" is not a time zone (e.g. Asia/Shanghai)',
  },
  'row.setting_cron': {
    zh: '“{value}”不是有效的检查时间（cron 五段式：分 时 日 月 周，如 0 2 * * * 表示每天 2:00）',
    en: '"{value}" is not a valid schedule (five-field cron: minute hour day month weekday, e.g. 0 2 * * * for 02:00 daily)',
  },
  'row.setting_positive': {
    zh: '“{value}”应为大于 0 的数',
    en: '"{value}" should be a number above 0',
  },

  // ── formula.* : rate formulas ─────────────────────────────────────────────────
  // (formula-section)
  'formula.empty': { zh: '公式为空', en: 'the formula is empty' },
  'formula.unexpected_char': {
    zh: '公式“{formula}”第 {position} 个字符“{found}”不能用在公式中',
    en: 'formula "{formula}": character {position} "{found}" is not allowed in a formula',
  },
  'formula.bad_number': {
    zh: '公式“{formula}”第 {position} 个字符起的“{found}”不是有效数字',
    en: 'formula "{formula}": "{found}" at character {position} is not a valid number',
  },
  'formula.expected_operand': {
    zh: '公式“{formula}”第 {position} 个字符处应为数字、量名或左括号，实为“{found}”',
    en: 'formula "{formula}": expected a number, a measure name or "(" at character {position}, found "{found}"',
  },
  'formula.expected_operator': {
    zh: '公式“{formula}”第 {position} 个字符处应为运算符或右括号，实为“{found}”',
    en: 'formula "{formula}": expected an operator or ")" at character {position}, found "{found}"',
  },
  'formula.unclosed_paren': {
    zh: '公式“{formula}”第 {position} 个字符的左括号没有闭合',
    en: 'formula "{formula}": the "(" at character {position} is never closed',
  },
  'formula.unmatched_close': {
    zh: '公式“{formula}”第 {position} 个字符的右括号没有对应的左括号',
    en: 'formula "{formula}": the ")" at character {position} has no matching "("',
  },
  'formula.too_deep': {
    zh: '公式“{formula}”在第 {position} 个字符处嵌套过深',
    en: 'formula "{formula}" is nested too deeply at character {position}',
  },
  'formula.unknown_measure': {
    zh: '公式“{formula}”用到的量“{measure}”没有填报',
    en: 'formula "{formula}" uses the measure "{measure}", which was not reported',
  },
  'formula.missing_value': {
    zh: '公式“{formula}”用到的量“{measure}”没有数值',
    en: 'formula "{formula}": the measure "{measure}" has no value',
  },
  'formula.division_by_zero': {
    zh: '公式“{formula}”第 {position} 个字符处除数为零',
    en: 'formula "{formula}" divides by zero at character {position}',
  },
  'formula.not_finite': {
    zh: '公式“{formula}”在第 {position} 个字符处的计算结果超出数值范围',
    en: 'formula "{formula}": the result at character {position} is out of range',
  },

  // ── eval.* : evaluation findings (one per status/rule) ────────────────────────
  // (eval-section)
  'eval.period_year': { zh: '{year}年', en: '{year}' },
  'eval.period_quarter': { zh: '{year}年第{quarter}季度', en: '{year} Q{quarter}' },
  'eval.period_month': { zh: '{year}年{month}月', en: '{year}-{month2}' },
  'eval.breached': {
    zh: '{subject} {periodZh} {actual}{unit} {op} 底线 {line}{unit}',
    en: '{subject} {periodEn}: {actual}{unit} {op} limit {line}{unit}',
  },
  'eval.breached_band': {
    zh: '{subject} {periodZh} {actual}{unit} 超出区间 {lower}–{upper}{unit}',
    en: '{subject} {periodEn}: {actual}{unit} is outside the band {lower}–{upper}{unit}',
  },
  'eval.near_limit': {
    zh: '{subject} {periodZh} {actual}{unit} 已越过预警线 {warning}{unit}（底线 {line}{unit}）',
    en: '{subject} {periodEn}: {actual}{unit} is past the warning line {warning}{unit} (limit {line}{unit})',
  },
  'eval.line_holding': {
    zh: '{subject} {periodZh} {actual}{unit} 已回到底线 {line}{unit} 以内，但尚未越过恢复线 {recovery}{unit}',
    en: '{subject} {periodEn}: {actual}{unit} is back within the limit {line}{unit} but not yet past the recovery line {recovery}{unit}',
  },
  'eval.behind': {
    zh: '{subject} {periodZh} 滞后于序时进度：实际 {actual}{unit}，应达 {expected}{unit}，完成 {completion}%，时间进度 {elapsed}%，相差 {gap} 个百分点',
    en: '{subject} {periodEn}: behind pace — actual {actual}{unit}, expected {expected}{unit}; {completion}% done at {elapsed}% of the time, {gap} pp behind',
  },
  'eval.at_risk': {
    zh: '{subject} {periodZh} 严重滞后于序时进度：实际 {actual}{unit}，应达 {expected}{unit}，完成 {completion}%，时间进度 {elapsed}%，相差 {gap} 个百分点',
    en: '{subject} {periodEn}: well behind pace — actual {actual}{unit}, expected {expected}{unit}; {completion}% done at {elapsed}% of the time, {gap} pp behind',
  },
  'eval.behind_growth': {
    zh: '{subject} {periodZh} 年均增长 {rate}%，低于目标 {targetRate}%（完成 {completion}%，相差 {gap} 个百分点）',
    en: '{subject} {periodEn}: average growth {rate}% a year, below the target {targetRate}% ({completion}% of it, {gap} pp behind)',
  },
  'eval.at_risk_growth': {
    zh: '{subject} {periodZh} 年均增长 {rate}%，远低于目标 {targetRate}%（完成 {completion}%，相差 {gap} 个百分点）',
    en: '{subject} {periodEn}: average growth {rate}% a year, well below the target {targetRate}% ({completion}% of it, {gap} pp behind)',
  },
  'eval.no_data': {
    zh: '{subject} {periodZh} 未报送实绩（应于 {due} 前报送）',
    en: '{subject} {periodEn}: no actual reported (due by {due})',
  },
  'eval.no_baseline': {
    zh: '{subject} {periodZh} 无基期值，无法计算序时进度，仅检查底线和最终目标（实际 {actual}{unit}，目标 {target}{unit}）',
    en: '{subject} {periodEn}: no baseline, so pace cannot be computed; only limits and the final target are checked (actual {actual}{unit}, target {target}{unit})',
  },
  'eval.no_target': {
    zh: '{subject} {periodZh} 无目标值，无法计算序时进度（实际 {actual}{unit}）',
    en: '{subject} {periodEn}: no target, so pace cannot be computed (actual {actual}{unit})',
  },
  'eval.flat_target': {
    zh: '{subject} {periodZh} 目标值与基期值相同（{target}{unit}），无法计算序时进度，仅检查底线和最终目标（实际 {actual}{unit}）',
    en: '{subject} {periodEn}: the target equals the baseline ({target}{unit}), so pace cannot be computed; only limits and the final target are checked (actual {actual}{unit})',
  },
  'eval.before_plan': {
    zh: '{subject} {periodZh} 未晚于基期年，尚无法计算年均增长（实际 {actual}{unit}）',
    en: '{subject} {periodEn}: the period is not after the baseline year, so growth cannot be computed yet (actual {actual}{unit})',
  },
  'eval.forecast_miss': {
    zh: '{subject} 按截至{periodZh}的趋势，预计{targetYear}年为 {forecast}{unit}，难以达到目标 {target}{unit}',
    en: '{subject}: the trend to {periodEn} projects {forecast}{unit} in {targetYear}, missing the target {target}{unit}',
  },
  'eval.inconsistent': {
    zh: '{subject} {periodZh} 按公式 {formula} 计算为 {computed}{unit}，与公布值 {official}{unit} 不一致，按公布值判断',
    en: '{subject} {periodEn}: {formula} gives {computed}{unit}, which differs from the published {official}{unit}; the published figure is used',
  },

  // ── alert.* : lifecycle notes ─────────────────────────────────────────────────
  // (alert-section)
  'alert.holdingRecovery': {
    zh: '已回到底线内，但尚未越过恢复线，暂不解除',
    en: 'back within the line but not yet past the recovery line, so still firing',
  },
  'alert.entry.name_needed': { zh: '请填写确认人姓名', en: 'enter your name' },
  'alert.entry.silence_needs_date': {
    zh: '静默须写明截止日期（如 2025-06-30），无限期静默会让约束性指标无人过问',
    en: 'a silence needs an end date (e.g. 2025-06-30): an open-ended silence lets binding targets slip unseen',
  },
  'alert.entry.bad_date': {
    zh: '“{value}”不是有效日期（可写 2025-06-30、2025/6/30 或 2025年6月30日）',
    en: '"{value}" is not a date (write 2025-06-30, 2025/6/30 or 2025年6月30日)',
  },
  'alert.entry.date_past': {
    zh: '截止日期 {value} 早于检查日期 {asOf}，确认或静默会立即失效',
    en: 'the end date {value} is before the check date {asOf}; the entry would lapse at once',
  },

  // ── status.* / severity.* / label.* : names shown in sheets and digests ───────
  // (label-section)
  'status.achieved': { zh: '已完成', en: 'achieved' },
  'status.on_track': { zh: '符合序时进度', en: 'on track' },
  'status.behind': { zh: '滞后', en: 'behind' },
  'status.at_risk': { zh: '严重滞后', en: 'at risk' },
  'status.breached': { zh: '越线', en: 'breached' },
  'status.near_limit': { zh: '临近', en: 'near limit' },
  'status.no_data': { zh: '缺报', en: 'no data' },
  'status.no_baseline': { zh: '无基期', en: 'no baseline' },
  'status.forecast_miss': { zh: '预计难以完成', en: 'forecast to miss' },
  'status.inconsistent': { zh: '数据不一致', en: 'inconsistent' },
  'severity.critical': { zh: '红', en: 'critical' },
  'severity.warning': { zh: '黄', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
  'state.firing': { zh: '预警中', en: 'firing' },
  'state.resolved': { zh: '已恢复', en: 'resolved' },
  'state.acknowledged': { zh: '已确认', en: 'acknowledged' },
  'state.silenced': { zh: '已静默', en: 'silenced' },
  'rule.pace': { zh: '序时进度', en: 'pace' },
  'rule.line': { zh: '底线', en: 'line' },
  'rule.missing': { zh: '缺报', en: 'missing data' },
  'rule.forecast': { zh: '预测', en: 'forecast' },
  'rule.consistency': { zh: '一致性', en: 'consistency' },
  'rule.baseline': { zh: '基期', en: 'baseline' },
  'kind.binding': { zh: '约束性', en: 'binding' },
  'kind.expected': { zh: '预期性', en: 'expected' },

  // ── digest.* : email digest text ──────────────────────────────────────────────
  // (digest-section)
  'digest.title': { zh: '{plan} 指标预警摘要', en: '{plan} KPI digest' },
  'digest.asOf': { zh: '数据截至 {date}', en: 'as of {date}' },
  'digest.count': { zh: '{label} {count}', en: '{label} {count}' },
  'digest.unchanged': {
    zh: '自上次摘要以来没有新增或恢复的预警。',
    en: 'Nothing new or resolved since the last digest.',
  },
  'digest.section.new': { zh: '新增预警', en: 'New since the last digest' },
  'digest.section.firing': { zh: '持续预警', en: 'Still firing' },
  'digest.section.resolved': { zh: '已恢复', en: 'Resolved' },
  'digest.section.missing': { zh: '缺报', en: 'Missing data' },
  'digest.section.forecast': { zh: '预计难以完成目标', en: 'Forecast to miss the target' },
  'digest.sectionEmpty': { zh: '无', en: 'none' },
  'digest.field.region': { zh: '地区', en: 'Region' },
  'digest.field.period': { zh: '期间', en: 'Period' },
  'digest.field.actual': { zh: '实绩', en: 'Actual' },
  'digest.field.expected': { zh: '序时应达', en: 'Expected' },
  'digest.field.target': { zh: '目标', en: 'Target' },
  'digest.age': { zh: '已持续 {days} 天', en: 'firing for {days} days' },
  'digest.chart.title': { zh: '各类别指标状态', en: 'Status by category' },
  'digest.chart.alt': {
    zh: '各类别指标状态堆积条形图，类别顺序同下表',
    en: 'Stacked bars of statuses by category, in the order of the table below',
  },
  'digest.chart.category': { zh: '类别', en: 'Category' },
  'digest.chart.total': { zh: '合计', en: 'Total' },
  'digest.chart.no_font': {
    zh: '找不到中文字体，无法绘制摘要图表。请安装 fonts-noto-cjk（Debian/Ubuntu：apt-get install fonts-noto-cjk），或用环境变量 {env} 指定字体文件。已查找：{tried}',
    en: 'No Chinese font found to draw the digest chart. Install fonts-noto-cjk (Debian/Ubuntu: apt-get install fonts-noto-cjk) or name a font file in the {env} environment variable. Looked in: {tried}',
  },
  'digest.failures.title': {
    zh: '以下工作簿本次未能检查',
    en: 'Workbooks that could not be checked this run',
  },
  'digest.footer': {
    zh: '本邮件由 kpi-sentinel 根据工作簿 {workbook} 自动生成，数据截至 {date}。如需确认或静默预警，请在工作簿的“预警 Alerts”表中填写确认列。',
    en: "Generated by kpi-sentinel from workbook {workbook}, data as of {date}. To acknowledge or silence an alert, fill in the ack columns of the workbook's Alerts sheet.",
  },
  'digest.outbox.writeFailed': {
    zh: '无法写入发件箱文件 {path}：{reason}',
    en: 'Could not write the outbox file {path}: {reason}',
  },
  'digest.subject': {
    zh: '【指标预警】{plan} {date}：红{critical} 黄{warning}',
    en: '[KPI alerts] {plan} {date}: {critical} critical, {warning} warning',
  },

  // ── config.* : the configuration file (DESIGN §9) ─────────────────────────────
  'config.issue': {
    zh: '配置文件 {file}：{key} {reasonZh}',
    en: 'config file {file}: {key} {reasonEn}',
  },
  'config.type.string': { zh: '文本', en: 'text' },
  'config.type.number': { zh: '数字', en: 'a number' },
  'config.type.int': { zh: '整数', en: 'a whole number' },
  'config.type.boolean': { zh: 'true 或 false', en: 'true or false' },
  'config.type.array': { zh: '列表', en: 'a list' },
  'config.type.object': { zh: '对象（键值表）', en: 'an object (key: value)' },
  'config.reason.type': { zh: '应为{expectedZh}', en: 'should be {expectedEn}' },
  'config.reason.too_short': {
    zh: '至少需要 {minimum} 项',
    en: 'needs at least {minimum} entries',
  },
  'config.reason.empty': { zh: '不能为空', en: 'must not be empty' },
  'config.reason.too_small': { zh: '不能小于 {minimum}', en: 'must be at least {minimum}' },
  'config.reason.too_big': { zh: '不能大于 {maximum}', en: 'must be at most {maximum}' },
  'config.reason.one_of': { zh: '应为以下之一：{values}', en: 'should be one of: {values}' },
  'config.reason.format': { zh: '格式无效（应为 {format}）', en: 'is not a valid {format}' },
  'config.reason.unknown_key': {
    zh: '不是已知的配置项（拼写错误？见 README 的配置说明）',
    en: 'is not a known setting (a typo? see the configuration section of the README)',
  },
  'config.reason.cron': {
    zh: '“{value}”不是有效的 cron 表达式（如 0 2 * * * 表示每天 2:00）',
    en: '"{value}" is not a valid cron pattern (e.g. 0 2 * * * for 02:00 every day)',
  },
  'config.reason.timezone': {
    zh: '“{value}”不是已知的 IANA 时区（如 Asia/Shanghai）',
    en: '"{value}" is not a known IANA time zone (e.g. Asia/Shanghai)',
  },
  'config.reason.smtp_url': {
    zh: '“{value}”不是 SMTP 地址（应以 smtp:// 或 smtps:// 开头，如 smtp://mail.example.gov.cn:25）',
    en: '"{value}" is not an SMTP address (start with smtp:// or smtps://, e.g. smtp://mail.example.gov.cn:25)',
  },
  'config.reason.redis_url': {
    zh: '“{value}”不是 Redis 地址（应以 redis:// 或 rediss:// 开头，如 redis://127.0.0.1:6379）',
    en: '"{value}" is not a Redis address (start with redis:// or rediss://, e.g. redis://127.0.0.1:6379)',
  },
  'config.reason.mail_from': {
    zh: '“{value}”不是发件地址（如 kpi@example.gov.cn 或 督查室 <kpi@example.gov.cn>）',
    en: '"{value}" is not a sender address (e.g. kpi@example.gov.cn or 督查室 <kpi@example.gov.cn>)',
  },
  'config.not_found': { zh: '找不到配置文件 {file}', en: 'Config file not found: {file}' },
  'config.unreadable': {
    zh: '无法读取配置文件 {file}：{reason}',
    en: 'Cannot read config file {file}: {reason}',
  },
  'config.syntax': {
    zh: '配置文件 {file} 第 {line} 行附近格式有误：{reason}',
    en: 'Config file {file} has a syntax error near line {line}: {reason}',
  },
  'config.not_object': {
    zh: '配置文件 {file} 的顶层应为键值表（如 {"workbooks": […]}）',
    en: 'Config file {file} should hold an object at the top (e.g. {"workbooks": […]})',
  },
  'config.redis_required': {
    zh: '队列模式需要 Redis：请在配置文件中设置 redisUrl，或设置环境变量 REDIS_URL',
    en: 'Queue mode needs Redis: set redisUrl in the config file or the REDIS_URL environment variable',
  },
  'config.no_workbooks': {
    zh: '配置文件 {file} 的 workbooks 中没有工作簿（应列出路径或通配符，如 plans/*.xlsx）',
    en: 'Config file {file} lists no workbooks (give paths or globs under "workbooks", e.g. plans/*.xlsx)',
  },

  // ── queue.* / mail.* / http.* : queue mode, email delivery, the worker's HTTP API ──
  'queue.redis_eviction': {
    zh: '警告：Redis 的 maxmemory-policy 为 {policy}，内存不足时会删除队列数据（丢失或重复的检查与邮件）。请设置为 noeviction',
    en: 'WARNING: Redis maxmemory-policy is {policy}; under memory pressure Redis deletes queue data (lost or repeated checks and emails). Set it to noeviction',
  },
  'queue.redis_policy_unknown': {
    zh: '无法读取 Redis 的 maxmemory-policy（{reason}）；请确认其为 noeviction',
    en: 'Could not read Redis maxmemory-policy ({reason}); make sure it is noeviction',
  },
  'queue.scheduler': {
    zh: '定时检查：cron {cron}，时区 {timezone}',
    en: 'scheduled check: cron {cron}, time zone {timezone}',
  },
  'queue.worker_started': {
    zh: '队列工作进程 {name} 已启动（定时 {cron}，{timezone}）',
    en: 'queue worker {name} started (schedule {cron}, {timezone})',
  },
  'queue.run_started': {
    zh: '检查批次 {runId} 已开始：{workbooks} 个工作簿',
    en: 'run {runId} started: {workbooks} workbooks',
  },
  'queue.run_exists': {
    zh: '检查批次 {runId} 已存在，未重复添加',
    en: 'run {runId} already exists; not added again',
  },
  'queue.run_completed': {
    zh: '检查批次 {runId} 完成：检查 {checked} 个工作簿，{failed} 个无法检查，发送 {sent} 封摘要',
    en: 'run {runId} finished: {checked} workbooks checked, {failed} could not be checked, {sent} digests sent',
  },
  'queue.check_completed': {
    zh: '{workbook} 检查完成（批次 {runId}，{alerts} 条预警）',
    en: '{workbook} checked (run {runId}, {alerts} alerts)',
  },
  'queue.check_failed_log': {
    zh: '{workbook} 检查失败（批次 {runId}）：{reason}',
    en: '{workbook} could not be checked (run {runId}): {reason}',
  },
  'queue.check_failed': {
    zh: '工作簿 {workbook} 多次尝试后仍无法检查：{reason}',
    en: 'Workbook {workbook} could not be checked after every retry: {reason}',
  },
  'queue.check_missing': {
    zh: '该工作簿的检查任务已不存在（可能被手动删除）',
    en: "the workbook's check job no longer exists (removed by hand?)",
  },
  'queue.digest_retry': {
    zh: '检查批次 {runId} 有 {count} 封摘要暂未送达（{to}），稍后重试；已送达的不会重发',
    en: 'run {runId}: {count} digests not delivered yet ({to}); retrying later, those already delivered are not sent again',
  },
  'queue.error': { zh: '队列 {what} 出错：{reason}', en: 'queue {what} error: {reason}' },
  'queue.shutdown_started': {
    zh: '收到 {signal}：不再接收新任务，等待进行中的 {running} 个任务完成（最多 {seconds} 秒）',
    en: 'got {signal}: taking no new jobs, waiting up to {seconds} s for {running} running jobs',
  },
  'queue.shutdown_handed_back': {
    zh: '已将 {count} 个未完成任务交还队列，由其他工作进程重新执行：{ids}',
    en: 'handed {count} unfinished jobs back to the queue for another worker: {ids}',
  },
  'queue.shutdown_forced': {
    zh: '再次收到 {signal}：立即退出',
    en: 'got {signal} again: exiting now',
  },
  'queue.shutdown_done': { zh: '工作进程已停止', en: 'worker stopped' },
  'queue.redis_unreachable': {
    zh: '{seconds} 秒内无法连接 Redis（{url}），未请求检查；请确认 Redis 已启动、REDIS_URL 正确',
    en: 'could not reach Redis at {url} within {seconds} s, so no run was requested; check that Redis is up and REDIS_URL is right',
  },
  'queue.enqueued': { zh: '已请求检查批次 {runId}', en: 'run {runId} requested' },
  'watch.started': {
    zh: '定时检查已启动（本进程，cron {cron}，时区 {timezone}）',
    en: 'embedded schedule started (this process, cron {cron}, time zone {timezone})',
  },
  'watch.catch_up': {
    zh: '补跑停机期间错过的定时检查：{slot}',
    en: 'running the slot missed while down: {slot}',
  },
  'watch.run_failed': {
    zh: '定时检查 {slot} 未完成（{reason}），下次启动时重跑',
    en: 'the slot {slot} did not finish ({reason}); it runs again at the next start',
  },
  'watch.cron_message': { zh: '定时器：{message}', en: 'scheduler: {message}' },
  'watch.stopping': {
    zh: '收到 {signal}：停止定时，等待进行中的检查完成',
    en: 'got {signal}: stopping the schedule, waiting for a running check to finish',
  },
  'mail.sent': { zh: '摘要已发送至 {to}（批次 {runId}）', en: 'digest sent to {to} (run {runId})' },
  'mail.already_sent': {
    zh: '批次 {runId} 的摘要此前已发送至 {to}，不再重发',
    en: 'the digest of run {runId} already went to {to}; not sent again',
  },
  'mail.rejected': {
    zh: '邮件服务器拒收 {to}（{reason}），不再重试；其他收件人不受影响',
    en: 'the mail server refused {to} ({reason}); not retried, other recipients are not affected',
  },
  'mail.failed': {
    zh: '发送至 {to} 的摘要尝试 {attempts} 次仍失败：{reason}',
    en: 'the digest to {to} failed after {attempts} tries: {reason}',
  },
  'mail.retry': {
    zh: '发送至 {to} 失败（第 {attempt} 次：{reason}），{seconds} 秒后重试',
    en: 'sending to {to} failed (try {attempt}: {reason}); retrying in {seconds} s',
  },
  'mail.send_busy': {
    zh: '另一个进程正在发送给 {to} 的同一封摘要',
    en: 'another process is sending the same digest to {to}',
  },
  'mail.send_log_unavailable': {
    zh: '发送记录不可用（{reason}），为避免重复发送，稍后重试',
    en: 'the send log is unavailable ({reason}); retrying later rather than risk a second email',
  },
  'http.listening': {
    zh: 'HTTP 服务监听 {host}:{port}',
    en: 'HTTP server listening on {host}:{port}',
  },
  'http.token_not_configured': {
    zh: '未配置 http.token：POST /runs 与 /queues 已关闭',
    en: 'no http.token configured: POST /runs and /queues are off',
  },
  'http.token_missing': {
    zh: '需要令牌：请在 Authorization 头中提供 Bearer 令牌',
    en: 'a token is required: send Authorization: Bearer <token>',
  },
  'http.token_wrong': { zh: '令牌不正确', en: 'the token is wrong' },
  'http.token_weak': {
    zh: 'http.token 只有 {length} 个字符，容易被猜中；请使用至少 16 个字符的随机字符串',
    en: 'http.token has only {length} characters and is easy to guess; use a random string of 16 or more',
  },
  'queue.digest_failed': {
    zh: '检查批次 {runId} 的摘要任务失败：{reason}',
    en: 'the digest job of run {runId} failed: {reason}',
  },
  'http.bad_body': {
    zh: '请求体应为 JSON 对象，如 {"asOf": "2025-03-31"}，或为空',
    en: 'the body should be a JSON object such as {"asOf": "2025-03-31"}, or empty',
  },

  // ── addin.* : the Excel add-in's task pane ─────────────────────────────────────
  'addin.title': { zh: '指标预警', en: 'KPI alerts' },
  'addin.loading': { zh: '正在读取工作簿…', en: 'Reading the workbook…' },
  'addin.busy': { zh: '正在处理…', en: 'Working…' },
  'addin.failed': { zh: '操作未完成：{reason}', en: 'The action did not complete: {reason}' },
  'addin.dismiss': { zh: '关闭', en: 'Dismiss' },
  'addin.outside_excel': {
    zh: '这是 kpi-sentinel 的 Excel 加载项页面，请在 Excel 中通过“开始”选项卡的“指标预警”按钮打开。',
    en: 'This is the kpi-sentinel Excel add-in page; open it in Excel with the KPI alerts button on the Home tab.',
  },
  'addin.no_plan': {
    zh: '本工作簿还没有规划表格。请在“新建”中创建，或打开已有的规划工作簿。',
    en: 'This workbook has no plan tables yet. Create them under New plan, or open a plan workbook.',
  },
  'addin.table_missing': {
    zh: '工作簿中没有表格 {table}',
    en: 'The workbook has no table {table}',
  },
  'addin.tab.plan': { zh: '新建', en: 'New plan' },
  'addin.tab.import': { zh: '导入', en: 'Import' },
  'addin.tab.validate': { zh: '校验', en: 'Validate' },
  'addin.tab.status': { zh: '状态', en: 'Status' },
  'addin.tab.alerts': { zh: '预警', en: 'Alerts' },
  'addin.tab.settings': { zh: '设置', en: 'Settings' },
  'addin.check_now': { zh: '立即检查', en: 'Check now' },
  'addin.plan.intro': {
    zh: '在当前工作簿中创建规划所需的全部表格（指标、分解、实绩、设置、收件人、预警、状态），含下拉选项、数字格式和状态颜色，与命令行 kpi-sentinel init 生成的工作簿相同。',
    en: 'Creates every table a plan needs (Indicators, Milestones, Actuals, Settings, Recipients, Alerts, Status) in this workbook, with dropdowns, number formats and status colours: the same workbook kpi-sentinel init makes.',
  },
  'addin.plan.blank': { zh: '空白规划', en: 'Blank plan' },
  'addin.plan.blank_hint': {
    zh: '只有设置项；指标由您填写或从规划文件导入',
    en: 'Settings only; type the indicators or import them from the plan document',
  },
  'addin.plan.huzhou': {
    zh: '湖州市场监管“十四五”规划（示例）',
    en: 'Huzhou market supervision 14th Five-Year Plan (sample)',
  },
  'addin.plan.huzhou_hint': {
    zh: '规划表1的 23 项指标、正文中的底线、分解目标和示例实绩',
    en: 'The 23 indicators of the plan’s table 1, the lines in its text, milestones and sample actuals',
  },
  'addin.plan.create': { zh: '创建规划表格', en: 'Create the plan tables' },
  'addin.plan.created': { zh: '已创建工作表：{sheets}', en: 'Created the sheets: {sheets}' },
  'addin.plan.exists': {
    zh: '本工作簿已有规划表格（{tables}），未做任何改动',
    en: 'This workbook already has plan tables ({tables}); nothing was changed',
  },
  'addin.plan.has_plan': {
    zh: '本工作簿已有规划表格。',
    en: 'This workbook already has its plan tables.',
  },
  'addin.import.intro': {
    zh: '把规划文件中的指标表粘贴到任一工作表，选中整张表（含表头），再点击“读取选区”。也可选中按本系统表头填写的指标、分解、实绩或收件人行。',
    en: 'Paste the indicator table of the plan document into any sheet, select all of it (header included) and click Read the selection. Rows under this system’s own headers (Indicators, Milestones, Actuals, Recipients) work too.',
  },
  'addin.import.read': { zh: '读取选区', en: 'Read the selection' },
  'addin.import.plan_read': {
    zh: '按规划指标表读取（工作表“{sheet}”）：{count} 项指标，{questions} 个待确认问题',
    en: 'Read as a plan table (sheet "{sheet}"): {count} indicators, {questions} open questions',
  },
  'addin.import.contract_read': {
    zh: '按 {table} 表的行读取（工作表“{sheet}”）：{count} 行',
    en: 'Read as rows of the {table} table (sheet "{sheet}"): {count} rows',
  },
  'addin.import.columns': { zh: '识别的列', en: 'Columns understood' },
  'addin.import.years': {
    zh: '基期 {baseline} 年，目标 {target} 年',
    en: 'Baseline {baseline}, target {target}',
  },
  'addin.import.rows': { zh: '将写入的行', en: 'Rows to write' },
  'addin.import.questions': { zh: '待确认问题', en: 'Open questions' },
  'addin.import.no_questions': { zh: '没有待确认的问题', en: 'No open questions' },
  'addin.import.answers': {
    zh: '答复（每行一条，格式见各问题，如 17.direction=lower）',
    en: 'Answers (one per line, as each question shows, e.g. 17.direction=lower)',
  },
  'addin.import.apply': { zh: '应用答复', en: 'Apply the answers' },
  'addin.import.notices': { zh: '说明', en: 'Notes' },
  'addin.import.write': {
    zh: '写入 {table} 表（{count} 行）',
    en: 'Write {count} rows into {table}',
  },
  'addin.import.written': {
    zh: '已写入 {table} 表 {count} 行；如有问题，请在“校验”中查看',
    en: 'Wrote {count} rows into {table}; see Validate for any problems',
  },
  'addin.import.unanswered': {
    zh: '仍有 {count} 个问题未答复：写入后相应单元格为“待确认”，校验会提示该行，直到您答复或在表中改正',
    en: '{count} questions are unanswered: their cells are written as 待确认 (to confirm) and Validate flags the rows until you answer or edit them',
  },
  'addin.import.cancel': { zh: '取消', en: 'Cancel' },
  'addin.import.problems': { zh: '这些行的问题', en: 'Problems in these rows' },
  'addin.import.unreadable': {
    zh: '无法从工作表“{sheet}”的选区读出表格：请选中含表头的整张表',
    en: 'Cannot read a table from the selection on sheet "{sheet}": select the whole table, header included',
  },
  'addin.validate.intro': {
    zh: '检查指标、分解、实绩、设置和收件人表：必填项、重复编号、无法识别的取值、目标与基期不符合方向、预警线越过底线、公式使用未填报的度量等。点击问题定位到单元格；问题单元格标为红色，改正后自动清除。',
    en: 'Checks the Indicators, Milestones, Actuals, Settings and Recipients tables: missing fields, duplicate ids, unknown values, a target on the wrong side of the baseline, a warning line beyond the limit, a formula naming a measure nobody reports. Click a problem to go to its cell; problem cells are marked red until fixed.',
  },
  'addin.validate.run': { zh: '校验并标出问题单元格', en: 'Validate and mark problem cells' },
  'addin.validate.clean': { zh: '没有发现问题', en: 'No problems found' },
  'addin.validate.summary': {
    zh: '{errors} 个错误（该行未读取），{warnings} 个警告',
    en: '{errors} errors (row skipped), {warnings} warnings',
  },
  'addin.validate.error': { zh: '错误', en: 'Error' },
  'addin.validate.warning': { zh: '警告', en: 'Warning' },
  'addin.status.as_of': { zh: '检查日期', en: 'Check date' },
  'addin.status.today': { zh: '今天', en: 'Today' },
  'addin.status.category': { zh: '类别', en: 'Category' },
  'addin.status.kind': { zh: '属性', en: 'Kind' },
  'addin.status.status': { zh: '状态', en: 'Status' },
  'addin.status.all': { zh: '全部', en: 'All' },
  'addin.status.count': { zh: '显示 {shown} / {total} 项', en: 'Showing {shown} of {total}' },
  'addin.status.completion': { zh: '完成 {value}%', en: 'done {value}%' },
  'addin.status.elapsed': { zh: '序时 {value}%', en: 'time {value}%' },
  'addin.status.gap': { zh: '差 {value} 个百分点', en: 'gap {value} pp' },
  'addin.status.expected': { zh: '序时应达', en: 'Expected' },
  'addin.status.actual': { zh: '实际', en: 'Actual' },
  'addin.status.forecast': { zh: '预测', en: 'Forecast' },
  'addin.status.target': { zh: '目标', en: 'Target' },
  'addin.status.period': { zh: '截至 {period}', en: 'as of {period}' },
  'addin.status.empty': { zh: '没有符合条件的指标', en: 'No indicators match' },
  'addin.chart.title': { zh: '{name}（{region}）', en: '{name} ({region})' },
  'addin.chart.plan': { zh: '规划路径', en: 'Plan path' },
  'addin.chart.milestone': { zh: '分解目标', en: 'Milestones' },
  'addin.chart.actual': { zh: '实绩', en: 'Actuals' },
  'addin.chart.forecast': { zh: '预测', en: 'Forecast' },
  'addin.chart.limit': { zh: '底线', en: 'Limit' },
  'addin.chart.none': { zh: '暂无可画的数据', en: 'Nothing to draw yet' },
  'addin.alerts.intro': {
    zh: '本次检查的预警（含预警表中已有的和尚未写入的新预警）。确认或静默写入预警表的处置列，夜间检查会保留。',
    en: 'The alerts of this check (those already in the Alerts table and new ones not yet written). Acknowledging or silencing writes the Alerts table’s planner columns, which the nightly check keeps.',
  },
  'addin.alerts.none': { zh: '没有预警', en: 'No alerts' },
  'addin.alerts.new': { zh: '新预警，尚未写入预警表', en: 'New; not yet in the Alerts table' },
  'addin.alerts.by': { zh: '确认人', en: 'Your name' },
  'addin.alerts.note': { zh: '说明', en: 'Note' },
  'addin.alerts.until': { zh: '有效至', en: 'Until' },
  'addin.alerts.handle': { zh: '确认或静默…', en: 'Acknowledge or silence…' },
  'addin.alerts.acknowledge': { zh: '确认', en: 'Acknowledge' },
  'addin.alerts.silence': { zh: '静默', en: 'Silence' },
  'addin.alerts.handled': {
    zh: '{action}：{by}{until}{note}',
    en: '{action} by {by}{until}{note}',
  },
  'addin.alerts.until_text': { zh: '，至 {date}', en: ', until {date}' },
  'addin.alerts.acknowledged': {
    zh: '已确认：{indicator}（{region}）',
    en: 'Acknowledged: {indicator} ({region})',
  },
  'addin.alerts.silenced': {
    zh: '已静默：{indicator}（{region}）',
    en: 'Silenced: {indicator} ({region})',
  },
  'addin.alerts.moved': {
    zh: '预警表在读取后被改动过，未写入；请再试一次',
    en: 'The Alerts table changed after it was read; nothing was written, please try again',
  },
  'addin.alerts.resolved': { zh: '已恢复 {count} 条', en: '{count} resolved' },
  'addin.check.done': {
    zh: '已检查（截至 {asOf}）：{statuses} 项状态，{firing} 条预警中；已写入预警表和状态表',
    en: 'Checked as of {asOf}: {statuses} statuses, {firing} alerts firing; written to the Alerts and Status tables',
  },
  'addin.check.local': {
    zh: '未配置后台服务：“立即检查”在本机运行检查，并像夜间检查一样写入预警表和状态表。',
    en: 'No worker configured: Check now runs the check here and writes the Alerts and Status tables as the nightly check does.',
  },
  'addin.check.remote': {
    zh: '“立即检查”将请求后台服务 {url} 运行检查。',
    en: 'Check now asks the worker at {url} to run.',
  },
  'addin.run.started': {
    zh: '后台检查已开始（{runId}）；完成后预警表和状态表会更新',
    en: 'The worker started a run ({runId}); the Alerts and Status tables update when it is done',
  },
  'addin.run.unreachable': {
    zh: '无法连接后台服务 {url}：{reason}',
    en: 'Cannot reach the worker at {url}: {reason}',
  },
  'addin.run.refused': {
    zh: '后台服务 {url} 拒绝了令牌；请在“设置”中核对令牌',
    en: 'The worker at {url} refused the token; check it under Settings',
  },
  'addin.run.failed': {
    zh: '后台服务 {url} 返回 {status}：{reason}',
    en: 'The worker at {url} answered {status}: {reason}',
  },
  'addin.settings.plan': { zh: '规划设置', en: 'Plan settings' },
  'addin.settings.field.plan.name': { zh: '规划名称', en: 'Plan name' },
  'addin.settings.field.plan.region': { zh: '本级地区', en: 'Plan region' },
  'addin.settings.field.plan.timezone': { zh: '时区', en: 'Time zone' },
  'addin.settings.field.schedule.cron': { zh: '检查时间（cron）', en: 'Check schedule (cron)' },
  'addin.settings.field.digest.mode': { zh: '摘要发送方式', en: 'Digest' },
  'addin.settings.schedule_hint': {
    zh: '五段式 cron，按规划时区：0 2 * * * 为每天 2:00，0 8 * * 1 为每周一 8:00',
    en: 'Five-field cron in the plan’s time zone: 0 2 * * * is 02:00 daily, 0 8 * * 1 is 08:00 on Mondays',
  },
  'addin.settings.digest.always': { zh: '每次检查都发送', en: 'After every check' },
  'addin.settings.digest.on_change': { zh: '有变化才发送', en: 'Only when something changed' },
  'addin.settings.save': { zh: '保存设置', en: 'Save settings' },
  'addin.settings.saved': { zh: '设置已保存', en: 'Settings saved' },
  'addin.settings.invalid': { zh: '未保存：以下内容需要改正', en: 'Not saved: these need fixing' },
  'addin.settings.moved': {
    zh: '设置表在读取后被改动过，部分设置未写入；请检查后再保存一次',
    en: 'The Settings table changed after it was read; some settings were not written, check and save again',
  },
  'addin.settings.recipients': { zh: '摘要收件人', en: 'Digest recipients' },
  'addin.settings.add_recipient': { zh: '添加收件人', en: 'Add a recipient' },
  'addin.settings.remove': { zh: '删除', en: 'Remove' },
  'addin.settings.save_recipients': { zh: '保存收件人', en: 'Save the recipients' },
  'addin.settings.recipients_saved': {
    zh: '已保存 {count} 位收件人',
    en: 'Saved {count} recipients',
  },
  'addin.settings.worker': { zh: '后台服务', en: 'Worker' },
  'addin.settings.worker_url': { zh: '服务地址', en: 'URL' },
  'addin.settings.worker_token': { zh: '令牌', en: 'Token' },
  'addin.settings.worker_hint': {
    zh: '地址和令牌只保存在本机浏览器中，不写入工作簿。',
    en: 'Kept in this computer’s browser storage only, never in the workbook.',
  },
  'addin.settings.worker_save': { zh: '保存后台服务设置', en: 'Save the worker settings' },
  'addin.settings.worker_saved': { zh: '已保存后台服务设置', en: 'Worker settings saved' },

  // ── workbook.* / cli.* : worker shell messages ────────────────────────────────
  // (worker-section)
  'cli.bad_as_of': {
    zh: '--as-of 的日期“{value}”无效，应写成 YYYY-MM-DD，如 2025-03-31',
    en: '--as-of date "{value}" is not valid; write YYYY-MM-DD, e.g. 2025-03-31',
  },
  'cli.unknown_failure': { zh: '无法检查该工作簿', en: 'the workbook could not be checked' },
  'cli.exists': {
    zh: '文件 {path} 已存在；如需覆盖请加 --force',
    en: 'file {path} already exists; add --force to overwrite it',
  },
  'cli.unknown_template': {
    zh: '没有名为“{value}”的模板；可选：{choices}',
    en: 'no template named "{value}"; choose one of: {choices}',
  },
  'cli.no_workbooks': { zh: '请指定至少一个工作簿', en: 'name at least one workbook' },
  'cli.created': {
    zh: '已创建 {path}（模板 {template}）',
    en: 'created {path} (template {template})',
  },
  'cli.imported': {
    zh: '已导入 {added} 行到 {table} 表（{problems} 个问题）',
    en: 'imported {added} rows into the {table} table ({problems} problems)',
  },
  'cli.checked': {
    zh: '{workbook}：检查日期 {asOf}，{indicators} 个指标，{statuses} 项状态，{firing} 条预警（红 {critical}、黄 {warning}）',
    en: '{workbook}: as of {asOf}, {indicators} indicators, {statuses} statuses, {firing} alerts firing ({critical} critical, {warning} warning)',
  },
  'cli.check_failed': { zh: '{workbook}：无法检查', en: '{workbook}: could not be checked' },
  'cli.digest_written': { zh: '摘要已写入 {path}', en: 'digest written to {path}' },
  'cli.digest_failed': {
    zh: '摘要未能送达 {to}：{reason}',
    en: 'digest not delivered to {to}: {reason}',
  },
  'cli.digest_skipped': {
    zh: '{workbook}：无新变化，按 on-change 模式不发送摘要',
    en: '{workbook}: nothing new, so no digest (on-change mode)',
  },
  'cli.no_recipients': {
    zh: '{workbook}：收件人表为空，未生成摘要',
    en: '{workbook}: the Recipients table is empty, so no digest was made',
  },
  'cli.problems': { zh: '发现 {count} 个数据问题：', en: '{count} data problems found:' },
  'cli.dry_run': {
    zh: '（试运行：未写回工作簿，未发送摘要）',
    en: '(dry run: workbook not written, no digest sent)',
  },
  'demo.workbook': {
    zh: '演示工作簿：{path}（湖州“十四五”指标；2021–2024 年实绩为示例数据；检查日期 {asOf}）',
    en: 'demo workbook: {path} (Huzhou 14th FYP indicators; 2021–2024 actuals are illustrative sample data; as of {asOf})',
  },
  'demo.next': {
    zh: '用 Excel 打开 {path} 查看「预警 Alerts」「状态 Status」两张表；摘要邮件在 {outbox}',
    en: 'open {path} in Excel for the Alerts and Status sheets; the digest emails are in {outbox}',
  },
  'check.unknown_indicator': {
    zh: '指标表中没有编号“{id}”，本行不参与检查',
    en: 'no indicator with id "{id}" in the Indicators table; this row is not checked',
  },
  'check.unused_measure': {
    zh: '指标 {id} 的计算公式不使用度量“{measure}”（公式使用：{expected}；或写 value / increment），本行不参与计算',
    en: 'the formula of indicator {id} does not use measure "{measure}" (it uses: {expected}; or write value / increment); this row is not used',
  },
  'check.formula_measure_unreported': {
    zh: '计算公式使用的度量“{measure}”在实绩表中没有指标 {id} 的数据（已填报的度量：{present}），公式无法计算',
    en: 'the formula uses measure "{measure}", but the Actuals table reports none for indicator {id} (reported: {present}); the formula cannot be computed',
  },
  'check.target_below_baseline': {
    zh: '方向为越高越好，但目标值 {target} 低于基期值 {baseline}；请核对目标值、基期值或方向',
    en: 'the direction is higher-is-better, but the target {target} is below the baseline {baseline}; check the target, the baseline or the direction',
  },
  'check.target_above_baseline': {
    zh: '方向为越低越好，但目标值 {target} 高于基期值 {baseline}；请核对目标值、基期值或方向',
    en: 'the direction is lower-is-better, but the target {target} is above the baseline {baseline}; check the target, the baseline or the direction',
  },
  'check.warning_beyond_limit': {
    zh: '预警线 {warning} 不在底线“{limit}”的安全一侧（如底线为低于0.36，预警线可取0.3），“临近”预警不会先于“越线”出现',
    en: 'the warning line {warning} is not on the safe side of the limit "{limit}" (for 低于0.36 a warning line of 0.3 works), so near_limit can never come before breached',
  },
  'workbook.not_found': {
    zh: '找不到工作簿文件 {workbook}',
    en: 'Workbook file not found: {workbook}',
  },
  'workbook.not_xlsx': {
    zh: '{workbook} 不是 .xlsx 工作簿（无法按 zip 格式打开）；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”',
    en: '{workbook} is not an .xlsx workbook (it is not a zip file); save it from Excel as "Excel Workbook (*.xlsx)"',
  },
  'workbook.xls': {
    zh: '{workbook} 是旧版 .xls 格式；请在 Excel 中另存为 .xlsx',
    en: '{workbook} is an old-style .xls file; save it from Excel as .xlsx',
  },
  'workbook.encrypted': {
    zh: '{workbook} 设有打开密码，无法读取；请取消密码后再试',
    en: '{workbook} is password-protected and cannot be read; remove the password and try again',
  },
  'workbook.unreadable': {
    zh: '无法读取工作簿 {workbook}：{reason}',
    en: 'Cannot read workbook {workbook}: {reason}',
  },
  'workbook.write_failed': {
    zh: '无法写入工作簿 {workbook}：{reason}',
    en: 'Cannot write workbook {workbook}: {reason}',
  },
  'workbook.table_missing': {
    zh: '工作簿 {workbook} 中没有名为 {table} 的表格（应在工作表“{sheet}”上），已跳过',
    en: 'Workbook {workbook} has no table named {table} (expected on sheet "{sheet}"); skipped',
  },
  'workbook.table_missing_required': {
    zh: '工作簿 {workbook} 中没有名为 {table} 的表格（应在工作表“{sheet}”上），无法检查；kpi-sentinel init 可生成含全部表格的工作簿',
    en: 'Workbook {workbook} has no table named {table} (expected on sheet "{sheet}") and cannot be checked; kpi-sentinel init creates a workbook with every table',
  },
  'workbook.table_bad_ref': {
    zh: '工作簿 {workbook} 工作表“{sheet}”中表格 {table} 的范围 {ref} 无法识别',
    en: 'Table {table} on sheet "{sheet}" of workbook {workbook} has a range that cannot be read: {ref}',
  },
  // (write-back and hostile-input section)
  'workbook.truncated': {
    zh: '{workbook} 不完整（文件被截断，可能没有复制或下载完）；请重新保存或重新复制该文件',
    en: '{workbook} is incomplete (the file is cut short; it may not have finished copying or downloading); save or copy it again',
  },
  'workbook.zip_method': {
    zh: '{workbook} 的部件 {part} 使用了不支持的压缩方式（{method}）；请在 Excel 中另存为 .xlsx',
    en: 'Part {part} of {workbook} uses an unsupported compression method ({method}); save it from Excel as .xlsx',
  },
  'workbook.zip_duplicate': {
    zh: '{workbook} 中部件 {part} 出现两次，文件已损坏或被篡改；请在 Excel 中另存后再试',
    en: 'Part {part} appears twice in {workbook}: the file is damaged or was tampered with; save it again from Excel',
  },
  'workbook.zip_bomb': {
    zh: '{workbook} 解压后共 {size}，超过 {limit} 的上限（可能是 zip 炸弹），未读取',
    en: '{workbook} unpacks to {size}, more than the {limit} limit (possibly a zip bomb); it was not read',
  },
  'workbook.part_exceeds_declared': {
    zh: '{workbook} 的部件 {part} 解压后超过其记录的大小 {declared}（可能是 zip 炸弹，或文件已损坏），已停止解压，未读取（整个工作簿解压上限为 {limit}）',
    en: 'Part {part} of {workbook} unpacks to more than its recorded size of {declared} (possibly a zip bomb, or a damaged file); unpacking stopped and the workbook was not read (a workbook may unpack to at most {limit})',
  },
  'workbook.part_corrupt': {
    zh: '{workbook} 的部件 {part} 已损坏，无法解压；请在 Excel 中打开并另存后再试',
    en: 'Part {part} of {workbook} is damaged and cannot be unpacked; open it in Excel and save it again',
  },
  'workbook.no_workbook_part': {
    zh: '{workbook} 是 zip 文件，但其中没有工作簿（缺少 {part}），不是 .xlsx；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”',
    en: '{workbook} is a zip file but holds no workbook ({part} is missing), so it is not an .xlsx; save it from Excel as "Excel Workbook (*.xlsx)"',
  },
  'workbook.part_not_xml': {
    zh: '{workbook} 的部件 {part} 不是有效的 XML（{reason}）；请在 Excel 中打开并另存后再试',
    en: 'Part {part} of {workbook} is not well-formed XML ({reason}); open it in Excel and save it again',
  },
  'workbook.sheet_too_many_rows': {
    zh: '{workbook}「{sheet}」有 {rows} 行，超过每张工作表 {limit} 行的上限，未读取；请删除多余的行（包括只有格式的空行）后再试',
    en: '{workbook}, sheet "{sheet}" has {rows} rows, more than the limit of {limit} rows per sheet; it was not read. Delete the rows beyond your data (including empty formatted rows) and try again',
  },
  'workbook.too_many_cells': {
    zh: '{workbook} 的工作表共有超过 {limit} 个单元格（「{sheet}」到第 {row} 行时已超过），未读取；请删除不需要的数据后再试',
    en: '{workbook} has more than {limit} cells in its sheets (passed at row {row} of sheet "{sheet}"); it was not read. Remove data that is not needed and try again',
  },
  'workbook.table_no_header': {
    zh: '{workbook}「{sheet}」中的表格 {table} 没有标题行，无法写回；请在 Excel 中为该表格打开“标题行”',
    en: 'Table {table} on sheet "{sheet}" of {workbook} has no header row and cannot be written; turn on its Header Row in Excel',
  },
  'workbook.kept_changing': {
    zh: '{workbook} 在检查期间被保存了 {count} 次（有人正在编辑），本次未写回，以免覆盖他人的修改；下次检查时会再试',
    en: '{workbook} was saved {count} times while being checked (someone is editing it); nothing was written so as not to overwrite their changes; the next check will try again',
  },
  'workbook.cell_in_the_way': {
    zh: '{workbook}「{sheet}」：表格 {table} 需要向下扩展 {rows} 行，但第 {row} 行 {column} 列已有内容“{value}”；为免覆盖，本次未写回，请把表格下方的内容移开',
    en: '{workbook}, sheet "{sheet}": table {table} must grow by {rows} rows, but row {row}, column {column} below it holds "{value}"; nothing was written so as not to overwrite it. Move what is below the table',
  },
  'workbook.table_in_the_way': {
    zh: '{workbook}「{sheet}」：表格 {table} 需要向下扩展 {rows} 行，但会与下方的表格 {other} 重叠；本次未写回，请把 {other} 移到别处',
    en: '{workbook}, sheet "{sheet}": table {table} must grow by {rows} rows but would run into table {other} below it; nothing was written. Move {other} elsewhere',
  },
  'workbook.locked': {
    zh: '{workbook} 正由另一个检查进程写入（{holder}，始于 {since}），等待 {seconds} 秒后放弃；下次检查时会再试',
    en: '{workbook} is being written by another check ({holder}, since {since}); gave up after waiting {seconds} s; the next check will try again',
  },
  'import.not_found': { zh: '找不到要导入的文件 {file}', en: 'File to import not found: {file}' },
  'import.unsupported_type': {
    zh: '无法导入 {file}：只支持 .csv 和 .xlsx 文件',
    en: 'Cannot import {file}: only .csv and .xlsx files are supported',
  },
  'import.csv_unreadable': {
    zh: '无法解析 CSV 文件 {file}（第 {row} 行）：{reason}',
    en: 'Cannot parse CSV file {file} (line {row}): {reason}',
  },
  'import.empty': { zh: '{file} 中没有表头或数据行', en: '{file} has no header or data rows' },
  'import.unknown_table': {
    zh: '无法从表头判断 {file} 属于哪张表（指标、分解、实绩或收件人），或缺少必填列：{header}',
    en: 'Cannot tell from its headers which table {file} belongs to (Indicators, Milestones, Actuals or Recipients), or a required column is missing: {header}',
  },
  'import.table_missing': {
    zh: '工作簿 {workbook} 中没有名为 {table} 的表格，无法导入 {file}',
    en: 'Workbook {workbook} has no table named {table}; {file} cannot be imported',
  },
  'import.column_not_in_table': {
    zh: '{file} 的列“{column}”在工作簿的表格 {table} 中没有对应列，该列未导入',
    en: 'Column "{column}" of {file} has no matching column in the workbook\'s table {table}; it was not imported',
  },
  'import.no_room': {
    zh: '工作表“{sheet}”中表格 {table} 下方第 {row} 行已有内容，无法追加 {count} 行；请先移开表格下方的内容',
    en: 'Table {table} on sheet "{sheet}" cannot grow by {count} rows: row {row} below it is not empty; move what is below the table first',
  },
  'import.workbook_changed': {
    zh: '{workbook} 在导入期间被保存过，为免覆盖他人的修改，未写入任何行；请再导入一次',
    en: '{workbook} was saved while the import ran; no rows were written so as not to overwrite that save; import again',
  },

  // ── import.plan.* : reading published plan tables (shared/import) ─────────────
  'import.plan.empty': {
    zh: '{source}：表格是空的，没有可导入的内容',
    en: '{source}: the table is empty; there is nothing to import',
  },
  'import.plan.no_header': {
    zh: '{source}：前 {rows} 行中找不到表头——表头行要同时有指标名称列（指标名称、指标、具体指标…）和基期或目标列（2020年、基期、现状值、2025年、目标值…）',
    en: '{source}: no header in the first {rows} rows — a header row needs an indicator column (指标名称, 指标, 具体指标 …) and a baseline or target column (2020年, 基期, 现状值, 2025年, 目标值 …)',
  },
  'import.plan.no_rows': {
    zh: '{source}：第 {row} 行的表头下面没有指标行',
    en: '{source}: there are no indicator rows under the header on row {row}',
  },
  'import.plan.no_table': {
    zh: '{source}：文本中找不到指标表（表头要有指标名称列和基期或目标列）',
    en: '{source}: no indicator table found in the text (its header needs an indicator column and a baseline or target column)',
  },
  'import.plan.to_confirm': { zh: '待确认', en: 'to confirm' },
  'import.plan.direction.higher': { zh: '越高越好', en: 'higher is better' },
  'import.plan.direction.lower': { zh: '越低越好', en: 'lower is better' },
  'import.plan.direction.band': { zh: '区间', en: 'within a band' },
  'import.plan.aggregation.level': { zh: '存量', en: 'level' },
  'import.plan.aggregation.cumulative': { zh: '累计', en: 'cumulative' },
  'import.plan.aggregation.annual': { zh: '每年', en: 'annual' },
  'import.plan.aggregation.threshold': { zh: '阈值', en: 'threshold' },
  'import.plan.aggregation.growth': { zh: '增长', en: 'growth' },
  'import.plan.mark.cumulative': { zh: '累计值', en: 'cumulative' },
  'import.plan.mark.binding': { zh: '约束性', en: 'binding' },
  'import.plan.mark.expected': { zh: '预期性', en: 'expected' },
  'import.plan.mark.note': { zh: '仅作说明', en: 'a note only' },
  'import.plan.q.direction_ambiguous': {
    zh: '{source} 第 {row} 行“{name}”：“{word}”是越高越好还是越低越好取决于监管意图，表中无法判断，请确认方向',
    en: '{source} row {row} "{name}": whether a higher "{word}" is better depends on policy and the table does not say; please give the direction',
  },
  'import.plan.q.direction_conflict': {
    zh: '{source} 第 {row} 行“{name}”：名称中的“{word}”意味着{dir_zh}，但基期 {baseline} → 目标 {target} 方向相反，请确认方向',
    en: '{source} row {row} "{name}": "{word}" in the name means {dir_en}, but baseline {baseline} → target {target} points the other way; please give the direction',
  },
  'import.plan.q.direction_unknown': {
    zh: '{source} 第 {row} 行“{name}”：表中没有判断方向的依据（没有可比的基期和目标，名称和目标文字也未说明），请确认方向',
    en: '{source} row {row} "{name}": nothing in the table tells the direction (no baseline and target to compare, and neither the name nor the target text says); please give the direction',
  },
  'import.plan.q.mark_unexplained': {
    zh: '{source}：标记“{mark}”出现在第 {rows} 行，但表格的注释没有说明其含义；请说明它表示累计、约束性、预期性还是仅作说明——在此之前，带该标记数值的行统计方式为“待确认”',
    en: '{source}: the mark "{mark}" appears on rows {rows} but the table\'s notes do not say what it means; say whether it means cumulative, binding, expected or is only a note — until then rows whose figures carry it have their aggregation "to confirm"',
  },
  'import.plan.q.kind_missing': {
    zh: '{source}：表格没有注明约束性/预期性（无属性列，注释也未说明）；请说明，未说明时检查按预期性处理并提示',
    en: '{source}: the table does not say binding or expected (no kind column, no note); please say — until then the check reads the rows as expected and warns',
  },
  'import.plan.q.kind_unreadable': {
    zh: '{source} 第 {row} 行：属性“{value}”无法识别，应为约束性或预期性',
    en: '{source} row {row}: the kind "{value}" is not one we know; it should be binding (约束性) or expected (预期性)',
  },
  'import.plan.q.target_missing': {
    zh: '{source} 第 {row} 行“{name}”：没有目标值',
    en: '{source} row {row} "{name}": there is no target',
  },
  'import.plan.q.target_unreadable': {
    zh: '{source} 第 {row} 行“{name}”：目标“{value}”无法识别：{reason_zh}',
    en: '{source} row {row} "{name}": the target "{value}" cannot be read: {reason_en}',
  },
  'import.plan.q.baseline_unreadable': {
    zh: '{source} 第 {row} 行“{name}”：基期值“{value}”无法识别：{reason_zh}',
    en: '{source} row {row} "{name}": the baseline "{value}" cannot be read: {reason_en}',
  },
  'import.plan.q.baseline_year_missing': {
    zh: '{source}：表头和标题都没有写明基期年份，请给出',
    en: '{source}: neither the header nor the title gives the baseline year; please give it',
  },
  'import.plan.q.target_year_missing': {
    zh: '{source}：表头和标题都没有写明目标年份，请给出',
    en: '{source}: neither the header nor the title gives the target year; please give it',
  },
  'import.plan.q.aggregation_new': {
    zh: '{source} 第 {row} 行“{name}”：新增类指标的目标“{target}”是规划期累计还是每年新增？表中未说明',
    en: '{source} row {row} "{name}": is the target "{target}" of this 新增 (new) indicator a total over the plan period (cumulative) or each year\'s (annual)? The table does not say',
  },
  'import.plan.q.unit_conflict': {
    zh: '{source} 第 {row} 行“{name}”：单位“{unit}”与目标“{value}”中的单位“{valueUnit}”不一致，请确认单位',
    en: '{source} row {row} "{name}": the unit "{unit}" differs from the unit "{valueUnit}" in the target "{value}"; please confirm the unit',
  },
  'import.plan.q.short_row': {
    zh: '{source} 第 {row} 行“{name}”：文本中这一行只有一个数值“{value}”，表头有 {columns} 个数值列；已按目标值读取，如它是基期值请答复',
    en: '{source} row {row} "{name}": the text gives one figure "{value}" for this row where the header has {columns} figure columns; it was read as the target — answer if it is the baseline',
  },
  'import.plan.n.total_row': {
    zh: '{source} 第 {row} 行“{value}”是合计行，未作为指标导入',
    en: '{source} row {row} "{value}" is a total row; it was not imported as an indicator',
  },
  'import.plan.n.nameless': {
    zh: '{source} 第 {row} 行没有指标名称（{value}），未导入',
    en: '{source} row {row} has no indicator name ({value}); it was not imported',
  },
  'import.plan.n.extra_cells': {
    zh: '{source} 第 {row} 行在表头以外的列还有内容“{value}”，未导入',
    en: '{source} row {row} has cells beyond the header ("{value}"); they were not imported',
  },
  'import.plan.n.milestones': {
    zh: '{source}：列“{columns}”是中间年份，其数值写入备注',
    en: '{source}: the columns "{columns}" are intermediate years; their figures go into the notes',
  },
  'import.plan.n.short_row': {
    zh: '{source} 第 {row} 行“{name}”是新增指标，文本只给出目标值“{value}”，没有基期',
    en: '{source} row {row} "{name}" is a new (新增) indicator; the text gives only its target "{value}", no baseline',
  },
  'import.plan.n.answer_unused': {
    zh: '答复“{value}”没有改变任何行',
    en: 'the answer "{value}" changed no row',
  },
  'import.plan.note.source': { zh: '来源：{source} 第{row}行', en: '(source: {source} row {row})' },
  'import.plan.note.subcategory': { zh: '二级指标：{value}', en: '(subcategory: {value})' },
  'import.plan.answer_syntax': {
    zh: '无法识别的答复“{value}”：应写 行号.列=值（如 17.direction=lower）、编号.列=值（如 HZ17.direction=lower）、列=值（对整张表，如 targetYear=2025）或 标记=含义（如 △=cumulative）',
    en: 'the answer "{value}" cannot be read: write row.column=value (e.g. 17.direction=lower), id.column=value (e.g. HZ17.direction=lower), column=value for the whole table (e.g. targetYear=2025) or mark=meaning (e.g. △=cumulative)',
  },
  'import.plan.answer_field': {
    zh: '答复“{value}”中的“{field}”不是指标表的列；可用：{fields}',
    en: 'in the answer "{value}", "{field}" is not a column of the Indicators table; use one of: {fields}',
  },
  'import.plan.answer_value': {
    zh: '答复“{value}”的值无效：{reason_zh}',
    en: 'the answer "{value}" has an invalid value: {reason_en}',
  },
  'import.plan.answer_mark': {
    zh: '答复“{value}”：标记“{mark}”的含义可填 cumulative（累计）、binding（约束性）、expected（预期性）或 note（仅作说明）',
    en: 'the answer "{value}": the meaning of the mark "{mark}" can be cumulative (累计), binding (约束性), expected (预期性) or note',
  },
  'import.plan.answer_unmatched': {
    zh: '答复“{value}”找不到对应的行：表中没有第 {where} 行或编号为 {where} 的指标',
    en: 'the answer "{value}" matches no row: the table has no row {where} and no indicator with id {where}',
  },
  'import.plan.id_taken': {
    zh: '工作簿 {workbook} 的 Indicators 表已有编号 {ids}；请用 --id-prefix 换一个编号前缀',
    en: 'the Indicators table of workbook {workbook} already has the ids {ids}; choose another prefix with --id-prefix',
  },
  'cli.plan.read': {
    zh: '{file}：按已发布的规划指标表读取（表头在第 {header} 行）：{count} 个指标，{questions} 个待确认问题',
    en: '{file}: read as a published plan table (header on row {header}): {count} indicators, {questions} open questions',
  },
  'cli.plan.columns': { zh: '列：{columns}', en: 'columns: {columns}' },
  'cli.plan.years': {
    zh: '基期 {baselineYear} 年，目标 {targetYear} 年',
    en: 'baseline year {baselineYear}, target year {targetYear}',
  },
  'cli.plan.mark': {
    zh: '标记“{mark}”：{meaning_zh}（{text}）',
    en: 'mark "{mark}": {meaning_en} ({text})',
  },
  'cli.plan.questions': { zh: '待确认问题（{count}）：', en: 'open questions ({count}):' },
  'cli.plan.answer_with': {
    zh: '答复：--answer "{answer}"，或直接修改工作簿中写着“待确认 to confirm”的单元格',
    en: 'answer: --answer "{answer}", or edit the cells that say "待确认 to confirm" in the workbook',
  },
  'cli.plan.notices': { zh: '说明（{count}）：', en: 'notes ({count}):' },
  'cli.plan.written': {
    zh: '已写入 {count} 行到 {workbook} 的 Indicators 表',
    en: 'wrote {count} rows into the Indicators table of {workbook}',
  },
  'cli.plan.dry_run': {
    zh: '（试运行：未写入工作簿）',
    en: '(dry run: the workbook was not written)',
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message in both languages with its placeholders filled. */
export function t(key: MessageKey, params: Params = {}): Bilingual {
  const m: Bilingual = MESSAGES[key];
  return { zh: fill(m.zh, params), en: fill(m.en, params) };
}

/** One line for logs and CLI output: Chinese first, then English. */
export function bilingualLine(b: Bilingual): string {
  return `${b.zh} / ${b.en}`;
}

/** `越线 breached`: the bilingual label written into sheets for a status, severity, state, rule or kind. */
export function label(key: MessageKey): string {
  const m: Bilingual = MESSAGES[key];
  return `${m.zh} ${m.en}`;
}
