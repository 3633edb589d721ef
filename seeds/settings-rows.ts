/**
 * The Settings rows every template starts with: the docs/architecture.md §4 defaults, each with a
 * note in both languages saying what it does, so a planner can change them in the sheet.
 */
import { SETTINGS } from '../shared/contract/tables.ts';
import type { CellValue } from '../shared/contract/grid.ts';
import type { TemplateRow } from '../shared/contract/template.ts';
import { dueDaysCell } from '../shared/calendar/due-days-text.ts';
import { DEFAULT_SETTINGS } from '../shared/model/settings.ts';
import { templateRow } from './template-row.ts';

/** Settings rows for a plan; null name/region leave the cells for the planner to fill. */
export function settingsRows(plan: { name: string | null; region: string | null }): TemplateRow[] {
  const d = DEFAULT_SETTINGS;
  const rows: [key: string, value: CellValue, notes: string][] = [
    ['plan.name', plan.name, '规划名称 Plan name'],
    [
      'plan.region',
      plan.region,
      "规划本级地区, 地区为空的实绩归本级 The plan's own region; actuals with no region belong to it",
    ],
    [
      'plan.language',
      d.language,
      '预警说明的语言: zh-CN 中文, en 英文, zh-CN+en 中英文 Language of the alert messages written here',
    ],
    [
      'plan.timezone',
      d.timezone,
      '时区: 检查、日期与摘要均按此时区 Time zone of checks, dates and digests',
    ],
    [
      'pace.behindMaxPp',
      d.behindMaxPp,
      '差距不超过此值(百分点)为滞后, 超过为严重滞后 Gap (pp) up to which an indicator is behind; past it, at risk',
    ],
    [
      'dueDays.annual',
      dueDaysCell(d.dueDays.annual),
      '年度数据于年末后几天内报送 (30 或 10个工作日) Days after year end before an annual figure is missing (30, or 10 workdays)',
    ],
    [
      'dueDays.quarterly',
      dueDaysCell(d.dueDays.quarterly),
      '季度数据于季末后几天内报送 Days after quarter end before a quarterly figure is missing',
    ],
    [
      'dueDays.monthly',
      dueDaysCell(d.dueDays.monthly),
      '月度数据于月末后几天内报送 Days after month end before a monthly figure is missing',
    ],
    [
      'due.calendar',
      d.dueCalendar,
      '只写天数的报送期限按 natural 自然日 或 workdays 工作日(含调休) 计算 How a due period given as a bare number is counted: natural (calendar days) or workdays (official working days)',
    ],
    [
      'remind.beforeDays',
      d.remindBeforeDays,
      '催报: 到期前几个工作日提醒责任单位 Reminders: working days before a due date that units are reminded',
    ],
    [
      'remind.repeatDays',
      d.remindRepeatDays,
      '催报: 逾期未报每隔几个工作日再提醒 Reminders: working days between reminders of an overdue figure',
    ],
    [
      'alerts.consecutivePeriods',
      d.consecutivePeriods,
      '连续几期触发才预警 Consecutive periods a rule must hold before it fires',
    ],
    ['alerts.retentionDays', d.retentionDays, '已恢复预警保留天数 Days a resolved alert is kept'],
    [
      'digest.mode',
      d.digestMode,
      '摘要: always 每次发送 / on-change 有变化才发送 Digest: always, or only on change',
    ],
    ['contract.version', Number(d.contractVersion), '工作簿约定版本 Workbook contract version'],
  ];
  return rows.map(([key, value, notes]) => templateRow(SETTINGS, { key, value, notes }));
}
