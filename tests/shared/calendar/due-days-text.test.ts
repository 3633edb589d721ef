import { describe, expect, it } from 'vitest';
import { parseDueDays } from '../../../shared/calendar/due-days-text.ts';

describe('parseDueDays', () => {
  it.each([
    ['10个工作日', 10, 'workdays'],
    ['10工作日', 10, 'workdays'],
    ['１０个工作日', 10, 'workdays'],
    ['10 workdays', 10, 'workdays'],
    ['10 Working Days', 10, 'workdays'],
    ['1 workday', 1, 'workdays'],
    ['10天', 10, 'natural'],
    ['10个自然日', 10, 'natural'],
    ['15 days', 15, 'natural'],
    ['10', 10, 'natural'],
    [' 30 ', 30, 'natural'],
  ] as const)('reads %j as %i %s', (text, days, calendar) => {
    expect(parseDueDays(text)).toEqual({ ok: true, value: { days, calendar } });
  });

  it('reads a bare number by the default calendar it is given', () => {
    expect(parseDueDays('10', 'workdays')).toEqual({
      ok: true,
      value: { days: 10, calendar: 'workdays' },
    });
    expect(parseDueDays(10, 'workdays')).toEqual({
      ok: true,
      value: { days: 10, calendar: 'workdays' },
    });
    // An explicit word wins over the default.
    expect(parseDueDays('10天', 'workdays')).toEqual({
      ok: true,
      value: { days: 10, calendar: 'natural' },
    });
  });

  it.each(['十个工作日', '10 weeks', '-3', '2.5个工作日', '', 'workdays', '400天'])(
    'refuses %j with a bilingual message naming the value',
    (text) => {
      const result = parseDueDays(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message.zh).toContain(`“${text.trim()}”不是有效的报送期限`);
      expect(result.message.en).toContain(`"${text.trim()}" is not a due period`);
    },
  );
});
