import { describe, expect, it } from 'vitest';
import { isCronPattern } from '../../../shared/parse/cron-pattern.ts';

describe('isCronPattern', () => {
  it.each(['0 2 * * *', '30 6 * * 1-5', '*/15 8-18 * * *', '0 0 1,15 * *', ' 0  7 * * 0 '])(
    'accepts %j',
    (text) => {
      expect(isCronPattern(text)).toBe(true);
    },
  );

  it.each([
    '0 2 * *',
    '0 2 * * * *',
    '60 2 * * *',
    '0 24 * * *',
    '0 2 0 * *',
    '0 2 * 13 *',
    '0 2 * * MON',
    '*/0 * * * *',
    '5-1 * * * *',
    '每天早上',
    '',
  ])('refuses %j', (text) => {
    expect(isCronPattern(text)).toBe(false);
  });
});
