import { describe, expect, it } from 'vitest';
import { estimatedCalendarNotice } from '../../../shared/calendar/calendar-notice.ts';
import { dueDateOf, workingDaysUntil } from '../../../shared/calendar/due-date.ts';
import type { DueDaysSpec } from '../../../shared/calendar/due-days-text.ts';
import type { Frequency } from '../../../shared/model/indicator.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings.ts';
import { parsePeriod, type Period } from '../../../shared/parse/period.ts';

function period(text: string): Period {
  const p = parsePeriod(text);
  if (p === null) throw new Error(text);
  return p;
}

function due(
  frequency: Frequency,
  dueDays: DueDaysSpec | null,
  text: string,
  settings: Settings = DEFAULT_SETTINGS,
): ReturnType<typeof dueDateOf> {
  return dueDateOf({ frequency, dueDays }, period(text), settings);
}

const workdays = (days: number): DueDaysSpec => ({ days, calendar: 'workdays' });

describe('a figure’s due date', () => {
  it('counts 10 working days after September 2025 across the National Day holiday, its make-up Saturday included', () => {
    // 1–8 Oct are holidays; Sat 11 Oct is a 调休 working day: 9, 10, 11, 13 … 21 Oct.
    expect(due('monthly', workdays(10), '2025-09')).toEqual({
      date: '2025-10-21',
      estimated: false,
      estimatedYears: [],
    });
    // The same quarter end in calendar days lands inside the holiday.
    expect(due('quarterly', { days: 10, calendar: 'natural' }, '2025-Q3').date).toBe('2025-10-10');
  });

  it('lands on the 调休 Sunday 2025-09-28 when that is the working day counted', () => {
    // August ends Sun 31 Aug: 1–26 Sept are 20 working days, the 21st is Sunday 28 Sept.
    expect(due('monthly', workdays(21), '2025-08').date).toBe('2025-09-28');
  });

  it('skips Spring Festival 2025 and counts its make-up Sunday 26 Jan and Saturday 8 Feb', () => {
    // January ends in the holiday (28 Jan – 4 Feb): the first working day after it is 5 Feb.
    expect(due('monthly', workdays(1), '2025-01').date).toBe('2025-02-05');
    expect(due('monthly', workdays(4), '2025-01').date).toBe('2025-02-08');
    expect(due('monthly', workdays(18), '2024-12').date).toBe('2025-01-26');
    expect(due('monthly', workdays(20), '2024-12').date).toBe('2025-02-05');
  });

  it('counts a year the holiday calendar lacks on Monday–Friday and says it estimated', () => {
    // 2031-09-30 is a Tuesday; National Day 2031 is not published, so 1–7 Oct count.
    expect(due('monthly', workdays(10), '2031-09')).toEqual({
      date: '2031-10-14',
      estimated: true,
      estimatedYears: [2031],
    });
  });

  it('takes Settings `due.calendar` for a bare number, the indicator’s word over it', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, dueCalendar: 'workdays' };
    expect(due('monthly', { days: 10, calendar: null }, '2025-09', settings).date).toBe(
      '2025-10-21',
    );
    expect(due('monthly', { days: 10, calendar: 'natural' }, '2025-09', settings).date).toBe(
      '2025-10-10',
    );
    // No figure of its own: the Settings default for its frequency (10, counted in working days).
    expect(due('monthly', null, '2025-09', settings).date).toBe('2025-10-21');
    expect(due('monthly', null, '2025-09').date).toBe('2025-10-10');
  });

  it('counts working days left until a due date', () => {
    expect(workingDaysUntil('2025-09-30', '2025-10-10')).toBe(2);
    expect(workingDaysUntil('2025-10-10', '2025-10-13')).toBe(2); // the 调休 Saturday counts
    expect(workingDaysUntil('2025-10-13', '2025-10-13')).toBe(0);
  });
});

describe('the estimated-calendar notice', () => {
  it('names each estimated year once, however many workbooks touched it, and is absent otherwise', () => {
    const notice = estimatedCalendarNotice([[2031], [], [2032, 2031]]);
    expect(notice?.zh).toContain('2031, 2032');
    expect(notice?.en).toContain('Monday–Friday');
    expect(estimatedCalendarNotice([[], []])).toBeNull();
  });
});
