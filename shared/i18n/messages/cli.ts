import type { Bilingual } from '../bilingual.ts';

/** The command line and the workbook shell: reading, writing and importing workbooks. */
export const CLI_MESSAGES = {
  // ── workbook.* / cli.* : worker shell messages ────────────────────────────────
  // (worker-section)
  'cli.bad_as_of': {
    zh: '--as-of 的日期“{value}”无效，应写成 YYYY-MM-DD，如 2025-03-31',
    en: '--as-of date "{value}" is not valid; write YYYY-MM-DD, e.g. 2025-03-31',
  },
  'cli.bad_concurrency': {
    zh: '--concurrency 的值“{value}”无效，应为 1 到 32 的整数',
    en: '--concurrency "{value}" is not valid; give a whole number from 1 to 32',
  },
  'cli.output_lost': {
    zh: '命令输出无法写出（{reason}），其余输出略去；命令照常运行至结束',
    en: 'the command output could not be written ({reason}); the rest is left out and the command runs to its end',
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
  'cli.reminder_sent': {
    zh: '催报已发送 {to}（{channel}，{count} 项）：{where}',
    en: 'reminder sent to {to} ({channel}, figures owed: {count}): {where}',
  },
  'cli.reminder_failed': {
    zh: '催报未能送达 {to}：{reason}',
    en: 'reminder not delivered to {to}: {reason}',
  },
  'cli.digest_failed': {
    zh: '摘要未能送达 {to}：{reason}',
    en: 'digest not delivered to {to}: {reason}',
  },
  'cli.digest_skipped': {
    zh: '{to}：其各规划均无新变化，按 on-change 模式不发送摘要',
    en: '{to}: nothing new in any of their plans, so no digest (on-change mode)',
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
  'demo.multi_plan': {
    zh: '多规划演示：市级与两个区县规划共 {plans} 个工作簿（{dir}），列着同样的收件人，一次检查：每人一封摘要，共 {digests} 封',
    en: 'multi-plan demo: a city and two district plans, {plans} workbooks ({dir}) listing the same recipients, checked in one run: one digest per person, {digests} in all',
  },
  'demo.multi_plan_command': {
    zh: '同样的多规划检查：{command}',
    en: 'the same multi-plan check: {command}',
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
  'workbook.open_elsewhere': {
    zh: '{workbook} 正在 {program} 中打开（{file}），本次已检查并发送摘要，但未写入预警和状态；下次检查时写入',
    en: '{workbook} is open in {program} ({file}): checked and reported, but Alerts and Status were not written; the next run writes them',
  },
  'workbook.read_only': {
    zh: '{workbook} 不可写入（{file} 为只读或无权替换），本次已检查并发送摘要，但未写入预警和状态',
    en: '{workbook} cannot be written ({file} is read-only or may not be replaced): checked and reported, but Alerts and Status were not written',
  },
  'workbook.not_regular_file': {
    zh: '{workbook} 不是普通文件（{kind}），未打开；只检查普通文件或指向普通文件的链接',
    en: '{workbook} is not a regular file ({kind}); it was not opened. Only regular files (or links to them) are checked',
  },
  'workbook.lock_lost': {
    zh: '{workbook} 的写入锁在写回前已失效（续期失败或被其他进程接管），本次未写入；稍后重试',
    en: 'The write lock of {workbook} was lost before the write (renewal failed or another worker took over); nothing was written; will retry',
  },
  'workbook.read_timeout': {
    zh: '读取工作簿 {workbook} 超过 {seconds} 秒仍未完成，已放弃（共享盘无响应？）；下次检查时会再试',
    en: 'Reading workbook {workbook} took more than {seconds} s and was given up (a share not answering?); the next check will try again',
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
  'workbook.xml_too_deep': {
    zh: '{workbook} 的部件 {part} 中元素嵌套超过 {limit} 层（正常的工作簿不超过几十层），文件已损坏或被篡改，未读取；请在 Excel 中打开并另存后再试',
    en: 'Part {part} of {workbook} nests elements more than {limit} levels deep (an ordinary workbook nests a few dozen at most): the file is damaged or was tampered with and was not read; open it in Excel and save it again',
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
  'import.workbook_open': {
    zh: '{workbook} 正在 {program} 中打开（{file}），未导入任何行；请关闭后再导入',
    en: '{workbook} is open in {program} ({file}): no rows were imported; close it there and import again',
  },
  'import.workbook_read_only': {
    zh: '{workbook} 不可写入（{file} 为只读或无权替换），未导入任何行',
    en: '{workbook} cannot be written ({file} is read-only or may not be replaced): no rows were imported',
  },
  'import.workbook_changed': {
    zh: '{workbook} 在导入期间被保存过，为免覆盖他人的修改，未写入任何行；请再导入一次',
    en: '{workbook} was saved while the import ran; no rows were written so as not to overwrite that save; import again',
  },
} satisfies Record<string, Bilingual>;
