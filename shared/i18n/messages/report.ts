import type { Bilingual } from '../bilingual.ts';

/**
 * The evaluation table a bureau submits (年度/中期评估 主要指标进展情况): its title, headings,
 * the 预期结果 wordings, the progress phrases, the summary paragraph and the footnotes.
 * The table itself is Chinese; the English side is for the CLI and logs.
 */
export const REPORT_MESSAGES = {
  // ── report.* : the evaluation table ──────────────────────────────────────────
  'report.title.midterm': {
    zh: '{plan}中期评估主要指标进展情况',
    en: '{plan}: mid-term evaluation, progress of the main indicators',
  },
  'report.title.annual': {
    zh: '{plan}{year}年度评估主要指标进展情况',
    en: '{plan}: {year} annual evaluation, progress of the main indicators',
  },
  'report.as_of': { zh: '数据截至{date}', en: 'Figures as of {date}' },
  'report.date': { zh: '{year}年{month}月{day}日', en: '{iso}' },
  'report.lines.title': {
    zh: '底线指标守线情况',
    en: 'Hard lines: do they hold',
  },
  'report.notes.title': { zh: '注：', en: 'Notes:' },
  // (table headings)
  'report.col.no': { zh: '序号', en: 'No.' },
  'report.col.name': { zh: '指标名称（单位）', en: 'Indicator (unit)' },
  'report.col.kind': { zh: '属性', en: 'Kind' },
  'report.col.baseline': { zh: '{year}年基期值', en: '{year} baseline' },
  'report.col.baseline_plain': { zh: '基期值', en: 'Baseline' },
  'report.col.target': { zh: '{year}年目标值', en: '{year} target' },
  'report.col.target_plain': { zh: '目标值', en: 'Target' },
  'report.col.progress': { zh: '进展情况', en: 'Progress' },
  'report.col.completion': { zh: '完成进度', en: 'Completion' },
  'report.col.outcome': { zh: '预期结果', en: 'Expected result' },
  'report.col.completion_rate': { zh: '完成率', en: 'Completion rate' },
  'report.col.elapsed': { zh: '序时进度', en: 'Time elapsed' },
  'report.col.line': { zh: '底线要求', en: 'Hard line' },
  'report.col.latest': { zh: '最新值', en: 'Latest figure' },
  'report.col.holds': { zh: '守线情况', en: 'Holds' },
  'report.col.notes': { zh: '注', en: 'Notes' },
  'report.sheet_name': { zh: '评估表 {date}', en: 'Evaluation {date}' },
  'report.category': { zh: '{numeral}、{category}', en: '{numeral}. {category}' },
  'report.note_line': { zh: '{no}. {text}', en: '{no}. {text}' },
  'report.col.regions_breached': { zh: '越线地区', en: 'Regions across the line' },
  // (预期结果)
  'report.outcome.achieved': { zh: '已完成', en: 'achieved' },
  'report.outcome.on_schedule': { zh: '可按期完成', en: 'will be met on time' },
  'report.outcome.lagging': { zh: '进度滞后', en: 'behind schedule' },
  'report.outcome.unlikely': { zh: '难以按期完成', en: 'unlikely to be met on time' },
  'report.outcome.below_line': { zh: '未达到底线要求', en: 'hard line not held' },
  'report.outcome.no_data': { zh: '暂无数据', en: 'no figure yet' },
  // (完成进度 in words)
  'report.progress.ahead': {
    zh: '完成{completion}%，快于序时进度（{elapsed}%）',
    en: '{completion}% done, ahead of the {elapsed}% time elapsed',
  },
  'report.progress.behind': {
    zh: '完成{completion}%，慢于序时进度（{elapsed}%）{gap}个百分点',
    en: '{completion}% done, {gap} points behind the {elapsed}% time elapsed',
  },
  'report.progress.done': {
    zh: '完成{completion}%，已达到目标',
    en: '{completion}% done, target reached',
  },
  'report.progress.line_holds': { zh: '达到目标要求', en: 'meets the line' },
  'report.progress.line_near': { zh: '达到要求，临近预警线', en: 'holds, near the warning line' },
  'report.progress.line_breached': { zh: '未达到要求', en: 'line not held' },
  'report.progress.no_baseline': {
    zh: '无基期值，不计算序时进度',
    en: 'no baseline: pace not computed',
  },
  'report.progress.target_reached': { zh: '已达到目标', en: 'target reached' },
  'report.progress.none': { zh: '—', en: '—' },
  'report.annual_target': { zh: '每年{value}', en: '{value} a year' },
  'report.growth_target': { zh: '年均增长{value}%', en: '{value}% a year' },
  'report.none': { zh: '/', en: '/' },
  'report.figure_with_period': { zh: '{value}（{period}）', en: '{value} ({period})' },
  // (守线情况)
  'report.line.holds': { zh: '守住', en: 'holds' },
  'report.line.near': { zh: '守住，临近预警线', en: 'holds, near the warning line' },
  'report.line.breached': { zh: '未守住', en: 'crossed' },
  'report.line.no_data': { zh: '暂无数据', en: 'no figure yet' },
  // (summary paragraph)
  'report.summary.counts': {
    zh: '截至{date}，{plan}{total}项主要指标中，{counts}。',
    en: 'As of {date}, of the {total} main indicators of {plan}: {counts}.',
  },
  'report.summary.count': { zh: '{outcome}{count}项', en: '{count} {outcome}' },
  'report.summary.binding_at_risk': {
    zh: '约束性指标中，{names}{count}项难以按期完成或未达到底线要求，需重点推进。',
    en: 'Binding indicators unlikely to be met or below their hard line ({count}): {names}.',
  },
  'report.summary.binding_fine': {
    zh: '约束性指标均可按期完成或已完成。',
    en: 'Every binding indicator is achieved or will be met on time.',
  },
  'report.summary.lines': {
    zh: '{total}项底线指标中，{held}项守住底线。',
    en: '{held} of {total} hard lines hold.',
  },
  // (footnotes)
  'report.note.illustrative': {
    zh: '示例数据（非官方）：标注此注的数据为演示用示例数据，并非官方公布数。',
    en: 'Illustrative sample data (not official): the figures marked with this note are made up for the demo.',
  },
  'report.note.formula': {
    zh: '计算值：{name}由公式 {formula} 按各项分量计算得出，并非公布数。',
    en: 'Computed: {name} from the formula {formula}, not a published figure.',
  },
  'report.note.official': {
    zh: '公布数：{name}为公布数（按公式计算为{computed}）。',
    en: 'Published: {name} shows the published figure (computed from its measures: {computed}).',
  },
  'report.note.increments': {
    zh: '累计值：{name}由逐年新增数累加得出，并非公布数。',
    en: 'Running total: {name} adds up the yearly increments; not a published figure.',
  },
  'report.name_separator': { zh: '、', en: ', ' },
  'report.count_separator': { zh: '，', en: ', ' },
  // (CLI)
  'report.written': {
    zh: '评估表已写入：{path}（{count}项指标，数据截至{asOf}）',
    en: 'Evaluation table written: {path} ({count} indicators, as of {asOf})',
  },
  'report.bad_kind': {
    zh: '--kind 的值“{value}”无效，应为 midterm（中期评估）或 annual（年度评估）',
    en: '--kind "{value}" is not valid; use midterm or annual',
  },
  'report.bad_format': {
    zh: '--format 的值“{value}”无效，应为 docx 或 xlsx',
    en: '--format "{value}" is not valid; use docx or xlsx',
  },
  'report.not_checked': {
    zh: '工作簿 {path} 无法读取，未生成评估表：{reason}',
    en: 'Workbook {path} could not be read; no evaluation table written: {reason}',
  },
} satisfies Record<string, Bilingual>;
