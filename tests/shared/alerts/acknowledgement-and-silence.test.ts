import { describe, expect, it } from 'vitest';
import {
  plannerIntent,
  readPlannerDate,
} from '../../../shared/alerts/acknowledgement-and-silence.ts';

const cols = (
  action: string,
  until = '',
  ackBy = '',
): { action: string; ackBy: string; ackNote: string; until: string } => ({
  action,
  ackBy,
  ackNote: '',
  until,
});

describe('plannerIntent', () => {
  it.each([
    [
      '确认 with no date is an open acknowledgement',
      cols('确认'),
      { kind: 'acknowledged', until: null },
    ],
    ['a name alone acknowledges', cols('', '', '张三'), { kind: 'acknowledged', until: null }],
    [
      'ack until a later date holds',
      cols('ack', '2024-06-30'),
      { kind: 'acknowledged', until: '2024-06-30' },
    ],
    [
      'ack until the check day still holds (inclusive)',
      cols('确认', '2024-03-01'),
      { kind: 'acknowledged', until: '2024-03-01' },
    ],
    [
      'ack until yesterday has expired',
      cols('确认', '2024-02-29'),
      { kind: 'expired', was: 'acknowledged', until: '2024-02-29' },
    ],
    [
      '静默 until a date silences',
      cols('静默', '2024年6月30日'),
      { kind: 'silenced', until: '2024-06-30' },
    ],
    [
      'silence with no date is not read as forever',
      cols('silence'),
      { kind: 'unreadable', reason: 'silence-without-date' },
    ],
    [
      'an unreadable date keeps the alert firing',
      cols('确认', 'next week'),
      { kind: 'unreadable', reason: 'bad-date' },
    ],
    ['empty columns mean nothing', cols(''), { kind: 'none' }],
  ])('%s', (_name, columns, expected) => {
    expect(plannerIntent(columns, '2024-03-01')).toEqual(expected);
  });
});

describe('readPlannerDate', () => {
  it.each([
    ['2025-12-31', '2025-12-31'],
    ['2025/1/5', '2025-01-05'],
    ['2025.01.05', '2025-01-05'],
    ['２０２５年１月５日', '2025-01-05'],
    ['2025-02-30', null],
    ['soon', null],
  ])('%s → %s', (text, iso) => {
    expect(readPlannerDate(text)).toBe(iso);
  });
});
