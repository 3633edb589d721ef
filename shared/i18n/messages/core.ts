import type { Bilingual } from '../bilingual.ts';

/** What the pure core says: value and target parsing, contract rows, formulas, evaluation findings, alert lifecycle notes, and the names of statuses, severities, rules and kinds. */
export const CORE_MESSAGES = {
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
  'parse.due_days.invalid': {
    zh: '“{value}”不是有效的报送期限（可写 10个工作日、10 workdays、10天 或 10，0 至 {max} 的整数）',
    en: '"{value}" is not a due period we can read (write e.g. 10个工作日, 10 workdays, 10天 or 10; a whole number from 0 to {max})',
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
    zh: '“{value}”不是有效的语言，可填：中文（zh-CN）、英文（en）、中英文（zh-CN+en）',
    en: '"{value}" is not a valid language; use zh-CN (中文), en (English) or zh-CN+en (both)',
  },
  'calendar.estimated': {
    zh: '节假日安排尚未收录 {years} 年：这些年份的报送期限暂按周一至周五的工作日估算',
    en: 'The holiday arrangement for {years} is not published in the calendar yet: due dates in those years are estimated on Monday–Friday working days',
  },
  'parse.channel.invalid': {
    zh: '“{value}”不是有效的渠道，可填：email（邮件）、dingtalk:机器人名（钉钉）、wecom:机器人名（企业微信），机器人名为配置文件 channels 中的名称',
    en: '"{value}" is not a valid channel; use email, dingtalk:<robot> or wecom:<robot>, the robot named as in the config file\'s channels',
  },
  'parse.mobile.invalid': {
    zh: '“{value}”不是有效的手机号（11 位，多个用逗号分隔）',
    en: '"{value}" is not a mobile number (11 digits; separate several with commas)',
  },
  'parse.purpose.invalid': {
    zh: '“{value}”不是有效的用途，可填：digest（汇总）、reminder（催报）、digest+reminder（汇总+催报）',
    en: '"{value}" is not a valid purpose; use digest, reminder or digest+reminder',
  },
  'row.duplicate_recipient': {
    zh: '“{value}”与第 {first} 行是同一收件人、同一用途',
    en: '"{value}" is the same recipient with the same purpose as row {first}',
  },
  'parse.dueCalendar.invalid': {
    zh: '“{value}”不是有效的期限计算方式，可填：natural（自然日）、workdays（工作日）',
    en: '"{value}" is not a valid way to count due periods; use natural (calendar days) or workdays',
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
  'row.setting_schedule_ignored': {
    zh: '工作簿中的检查时间（schedule.cron）不再使用，已忽略：检查时间在后台服务的配置文件中设置（schedule.cron）',
    en: 'the schedule in the workbook (schedule.cron) is no longer used and is ignored: the check schedule is set in the worker configuration file (schedule.cron)',
  },
  'row.setting_share': {
    zh: '“{value}”应为 0 到 1 之间的比例（如 0.5）',
    en: '"{value}" should be a share between 0 and 1 (such as 0.5)',
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
  'region.plan_level': { zh: '本级', en: 'Plan level' },
  'eval.no_data': {
    zh: '{subject} {periodZh}未报送（应于 {due} 前报送；最近一次为 {latestZh}）',
    en: '{subject} {periodEn}: not reported (due by {due}; latest reported {latestEn})',
  },
  'eval.no_data_ever': {
    zh: '{subject} 规划以来未报送任何实绩（{periodZh}应于 {due} 前报送）',
    en: '{subject}: nothing reported since the plan began ({periodEn} was due by {due})',
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
  'alert.stale': {
    zh: '数据读取失败，沿用上次结果',
    en: 'data could not be read; last result kept',
  },
  'check.not_checked': {
    zh: '{workbook}：{reasonZh}，本次未检查',
    en: '{workbook}: {reasonEn}; not checked this time (nothing written, alerts kept as they were)',
  },
  'check.unread.column_missing': {
    zh: '{tableZh}缺少必填列"{column}"',
    en: 'the {tableEn} table lacks the required column "{column}"',
  },
  'check.unread.column_duplicate': {
    zh: '{tableZh}的列"{column}"出现两次',
    en: 'the {tableEn} table has the column "{column}" twice',
  },
  'check.unread.shrunk': {
    zh: '指标表只读到 {count} 个指标，上次检查有 {previous} 个',
    en: 'only {count} indicators could be read, the last check had {previous}',
  },
  'check.table.Indicators': { zh: '指标表', en: 'Indicators' },
  'check.table.Milestones': { zh: '分解表', en: 'Milestones' },
  'check.table.Actuals': { zh: '实绩表', en: 'Actuals' },
  'check.table.Alerts': { zh: '预警表', en: 'Alerts' },
  'alert.episode_earlier': { zh: '上轮处置（已恢复于）', en: 'Earlier episode (resolved on)' },
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
} satisfies Record<string, Bilingual>;
