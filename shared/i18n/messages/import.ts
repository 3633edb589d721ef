import type { Bilingual } from '../bilingual.ts';

/** Reading published plan tables (shared/import). */
export const IMPORT_MESSAGES = {
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
  'import.plan.q.progress_period': {
    zh: '{source}：列“{column}”是进展数值，将写入实绩（Actuals）；请说明它是哪一期（如 2023）',
    en: '{source}: the column "{column}" holds progress figures, written as Actuals rows; say which period they are for (e.g. 2023)',
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
  'import.plan.n.misfit': {
    zh: '{source} 第 {row} 行起的“{value}”排不进表头的各列，未导入（既未并入相邻的行，也未当作指标）；请核对原文',
    en: '{source} line {row}: "{value}" does not fit the header\'s columns and was not imported (neither merged into a neighbouring row nor read as an indicator); check the source',
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
  'import.plan.note.target_coverage': {
    zh: '目标“{text}”按覆盖率 100% 读取',
    en: '(target "{text}" read as 100% coverage)',
  },
  'import.plan.note.target_relative': {
    zh: '目标“{text}”按相对基期 {baseline} 的百分比变化读作 {value}',
    en: '(target "{text}" read as a relative change from the baseline {baseline}: {value})',
  },
  'import.plan.note.target_points': {
    zh: '目标“{text}”按相对基期 {baseline} 的百分点变化读作 {value}',
    en: '(target "{text}" read as a change in percentage points from the baseline {baseline}: {value})',
  },
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
  'import.plan.not_imported': {
    zh: '未导入的列：{columns}（表中有这些列，但其内容不写入工作簿）',
    en: 'columns not imported: {columns} (the table has them; their cells are not written)',
  },
  'import.plan.question_at': { zh: '序号 {seq}', en: 'No. {seq}' },
  'import.plan.question_row': { zh: '第 {row} 行', en: 'row {row}' },
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
