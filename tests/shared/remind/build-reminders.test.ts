import { describe, expect, it } from 'vitest';
import type { OwedFigure } from '../../../shared/model/owed-figure.ts';
import type { Recipient } from '../../../shared/model/recipient.ts';
import { recipient } from '../../support/recipient-factory.ts';
import { buildReminders, type ReminderPlan } from '../../../shared/remind/build-reminders.ts';
import { reminderItemKey, type Reminder } from '../../../shared/remind/reminder.ts';
import { dueForRepeat } from '../../../shared/remind/repeat-rule.ts';

function unit(name: string, owner: string, more: Partial<Recipient> = {}): Recipient {
  return recipient({
    name,
    email: `${name}@example.gov.cn`,
    scope: { categories: [], regions: [], owners: [owner] },
    purpose: 'reminder',
    ...more,
  });
}

function owed(
  id: string,
  owner: string,
  due: string,
  overdue: boolean,
  region = '湖州市',
): OwedFigure {
  return {
    id,
    name: `指标${id}`,
    category: '市场安全',
    owner,
    region,
    period: '2025-09',
    due,
    overdue,
    estimated: false,
  };
}

// 2025-10-09 is the first working day after the National Day holiday; Sat 11 Oct is a 调休 working day.
const OWED = [
  owed('F1', '食品抽检处', '2025-10-11', false), // due in 2 working days (10 Oct, 11 Oct)
  owed('F2', '食品抽检处', '2025-10-11', false, '吴兴区'),
  owed('F3', '食品抽检处', '2025-10-04', true), // overdue by 5 days
  owed('S1', '特种设备处', '2025-10-24', false), // 11 working days away: not yet
  owed('Q1', '质量发展处', '2025-10-13', false),
];

const RECIPIENTS = [
  unit('food', '食品抽检处'),
  unit('special', '特种设备处'),
  // A leader who reads digests only is never reminded, whatever they cover.
  unit('leader', '质量发展处', { purpose: 'digest' }),
];

function plan(asOf: string, over: Partial<ReminderPlan> = {}): ReminderPlan {
  return {
    workbook: 'plan.xlsx',
    planName: '规划',
    asOf,
    recipients: RECIPIENTS,
    owed: OWED,
    beforeDays: 3,
    repeatDays: 1,
    ...over,
  };
}

/** What a run sends given what earlier runs recorded, and the record after it. */
function run(
  asOf: string,
  sent: Map<string, Map<string, string>>,
  over: Partial<ReminderPlan> = {},
): Reminder[] {
  const out: Reminder[] = [];
  for (const reminder of buildReminders([plan(asOf, over)])) {
    const address = reminder.recipient.address;
    const last = sent.get(address) ?? new Map<string, string>();
    const due = dueForRepeat(reminder, last);
    if (due === null) continue;
    out.push(due);
    for (const item of due.items) last.set(reminderItemKey(item), due.date);
    sent.set(address, last);
  }
  return out;
}

describe('reminders (催报)', () => {
  it('sends a unit owing two figures due in 2 working days and one 5 days overdue one message listing three, and a unit owing nothing none', () => {
    const sent = new Map<string, Map<string, string>>();
    const reminders = run('2025-10-09', sent);
    expect(reminders.map((r) => r.recipient.address)).toEqual(['food@example.gov.cn']);
    expect(
      reminders[0]?.items.map((i) => [i.id, i.region, i.due, i.daysOverdue, i.workingDaysLeft]),
    ).toEqual([
      ['F3', '湖州市', '2025-10-04', 5, null],
      ['F1', '湖州市', '2025-10-11', null, 2],
      ['F2', '吴兴区', '2025-10-11', null, 2],
    ]);
    expect(reminders[0]?.items[0]?.workbook).toBe('plan.xlsx');
  });

  it('sends nothing more the same day, and on the next working day only the overdue figure again', () => {
    const sent = new Map<string, Map<string, string>>();
    expect(run('2025-10-09', sent)).toHaveLength(1);
    expect(run('2025-10-09', sent)).toEqual([]);
    const next = run('2025-10-10', sent);
    expect(next.map((r) => r.items.map((i) => [i.id, i.daysOverdue]))).toEqual([[['F3', 6]]]);
  });

  it('sends nothing on a day off, and repeats after remind.repeatDays working days counting the 调休 Saturday', () => {
    const sent = new Map<string, Map<string, string>>();
    expect(run('2025-10-12', sent)).toEqual([]); // Sunday
    expect(run('2025-10-09', sent, { repeatDays: 2 })).toHaveLength(1);
    expect(run('2025-10-10', sent, { repeatDays: 2 })).toEqual([]);
    const again = run('2025-10-11', sent, { repeatDays: 2 });
    expect(again.map((r) => r.items.map((i) => i.id))).toEqual([['F3']]);
  });

  it('asks for a figure again the day it turns overdue', () => {
    const sent = new Map<string, Map<string, string>>();
    run('2025-10-09', sent);
    const owedLater = OWED.map((f) => (f.id === 'F1' ? { ...f, overdue: true } : f));
    const reminders = run('2025-10-11', sent, { owed: owedLater });
    expect(reminders[0]?.items.map((i) => [i.id, i.daysOverdue])).toEqual([
      ['F3', 7],
      ['F1', 0],
    ]);
  });

  it('matches region and category scopes too, and one robot recipient gets one message over two plans', () => {
    const group = unit('食品群', '', {
      email: '',
      channel: 'dingtalk:food',
      mobiles: ['13800138000'],
      scope: { categories: [], regions: ['吴兴区'], owners: [] },
    });
    const reminders = buildReminders([
      plan('2025-10-09', { recipients: [group] }),
      plan('2025-10-09', { recipients: [group], workbook: 'other.xlsx' }),
    ]);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.recipient).toMatchObject({
      address: 'dingtalk:food/食品群',
      channel: 'dingtalk:food',
      mobiles: ['13800138000'],
    });
    expect(reminders[0]?.items.map((i) => [i.workbook, i.id])).toEqual([
      ['other.xlsx', 'F2'],
      ['plan.xlsx', 'F2'],
    ]);
  });
});
