import type { Bilingual } from '../bilingual.ts';

/** 催报: the reminders to the units responsible for figures (worker/remind/). */
export const REMIND_MESSAGES = {
  'remind.subject': {
    zh: '【催报】{date}：{count} 项数据待报送',
    en: '[Reminder] {date}: {count} figures to report',
  },
  'remind.greeting': {
    zh: '{name}：以下指标数据请按期报送。',
    en: '{name}: please report the figures below.',
  },
  'remind.overdue_heading': { zh: '逾期未报', en: 'Overdue' },
  'remind.due_heading': { zh: '即将到期', en: 'Due soon' },
  'remind.item_overdue': {
    zh: '{name}（{id}）{region} {period}：应于 {due} 前报送，已逾期 {days} 天',
    en: '{name} ({id}), {region}, {period}: due by {due}, {days} days overdue',
  },
  'remind.item_due_today': {
    zh: '{name}（{id}）{region} {period}：应于 {due} 前报送，今日到期',
    en: '{name} ({id}), {region}, {period}: due today ({due})',
  },
  'remind.item_due': {
    zh: '{name}（{id}）{region} {period}：应于 {due} 前报送，还有 {days} 个工作日',
    en: '{name} ({id}), {region}, {period}: due by {due}, in {days} working days',
  },
  'remind.where': {
    zh: '填报位置：{workbook}「{sheet}」表',
    en: 'Enter them in {workbook}, sheet "{sheet}"',
  },
  'remind.estimated': {
    zh: '（该年节假日安排未收录，按周一至周五估算）',
    en: '(that year’s holidays are not published yet: counted Monday–Friday)',
  },
  'remind.footer': {
    zh: '本提醒由 kpi-sentinel 按报送期限自动发送，报送后不再提醒。',
    en: 'Sent by kpi-sentinel from the reporting deadlines; it stops once the figures are in.',
  },
} satisfies Record<string, Bilingual>;
