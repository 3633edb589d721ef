import { describe, expect, it } from 'vitest';
import {
  emailSafe,
  outboxBaseName,
  workbookStem,
} from '../../../../worker/channels/outbox/outbox-names.ts';

describe('workbookStem', () => {
  it.each([
    ['plans/湖州十四五.xlsx', '湖州十四五'],
    ['C:\\plans\\湖州 十四五.xlsx', '湖州_十四五'],
    ['a<b>:c?.xlsx', 'a_b__c_'],
    ['.hidden.xlsx', 'hidden'],
    ['', 'workbook'],
  ])('names %j as %j', (workbook, stem) => {
    expect(workbookStem(workbook)).toBe(stem);
  });
});

describe('emailSafe', () => {
  it.each([
    ['Zhang.San@Example.gov.cn', 'zhang.san_at_example.gov.cn'],
    ['  li+si@x.cn ', 'li_si_at_x.cn'],
    ['', 'recipient'],
  ])('turns %j into %j', (email, safe) => {
    expect(emailSafe(email)).toBe(safe);
  });
});

describe('outboxBaseName', () => {
  it('joins date, workbook stem and recipient with double underscores', () => {
    expect(outboxBaseName('2025-11-22', 'plans/湖州十四五.xlsx', 'a@b.cn')).toBe(
      '2025-11-22__湖州十四五__a_at_b.cn',
    );
  });
});
