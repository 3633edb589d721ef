import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarCoversYear,
  isWorkingDay,
} from '../../../shared/calendar/working-days.ts';

describe('working days by the national holiday arrangement', () => {
  it('knows 2025 and 2026 and not a year whose arrangement is unpublished', () => {
    expect(calendarCoversYear(2025)).toBe(true);
    expect(calendarCoversYear(2026)).toBe(true);
    expect(calendarCoversYear(2031)).toBe(false);
  });

  it('treats the National Day week 2025 as holidays and its 调休 Sunday and Saturday as working days', () => {
    expect(isWorkingDay('2025-10-03')).toEqual({ working: false, estimated: false }); // Friday, holiday
    expect(isWorkingDay('2025-10-08')).toEqual({ working: false, estimated: false }); // Wednesday, holiday
    expect(isWorkingDay('2025-09-28')).toEqual({ working: true, estimated: false }); // Sunday, 调休
    expect(isWorkingDay('2025-10-11')).toEqual({ working: true, estimated: false }); // Saturday, 调休
    expect(isWorkingDay('2025-10-12')).toEqual({ working: false, estimated: false }); // plain Sunday
  });

  it('counts across the National Day holiday 2025 and includes the make-up Saturday', () => {
    expect(addWorkingDays('2025-09-30', 1).date).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-30', 2).date).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-30', 3)).toEqual({
      date: '2025-10-11',
      estimated: false,
      estimatedYears: [],
    });
    // From the make-up Sunday: 29, 30 Sept, then 9, 10, 11 Oct … 10 working days end on 17 Oct.
    expect(addWorkingDays('2025-09-28', 10).date).toBe('2025-10-17');
  });

  it('counts across Spring Festival 2025 with its make-up Sunday 26 Jan and Saturday 8 Feb', () => {
    expect(addWorkingDays('2025-01-24', 1).date).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2).date).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3).date).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-05', 3).date).toBe('2025-02-08');
  });

  it('counts in 2026 by its own arrangement (Spring Festival make-up Saturday 14 Feb)', () => {
    expect(isWorkingDay('2026-02-14')).toEqual({ working: true, estimated: false });
    expect(isWorkingDay('2026-02-17')).toEqual({ working: false, estimated: false });
  });

  it('gives back the date itself for zero days', () => {
    expect(addWorkingDays('2025-10-03', 0).date).toBe('2025-10-03');
  });

  it('falls back to weekdays in a year the calendar lacks, and says so', () => {
    // 2031-10-01 is a Wednesday: without the arrangement it counts as a working day.
    expect(isWorkingDay('2031-10-01')).toEqual({ working: true, estimated: true });
    expect(isWorkingDay('2031-10-04')).toEqual({ working: false, estimated: true });
    expect(addWorkingDays('2031-09-30', 3)).toEqual({
      date: '2031-10-03',
      estimated: true,
      estimatedYears: [2031],
    });
  });

  it('flags only the years counted on weekdays when a count runs into one', () => {
    // chinese-days 1.5.7 (pinned) publishes through 2026; when an upgrade adds 2027 this
    // count changes (元旦 2027 is then a holiday) and so must this test.
    expect(addWorkingDays('2026-12-30', 3)).toEqual({
      date: '2027-01-04',
      estimated: true,
      estimatedYears: [2027],
    });
  });
});
