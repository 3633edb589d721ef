import { describe, expect, it } from 'vitest';
import { parseAnswer, parseAnswers } from '../../../shared/import/plan-answers.ts';

describe('parseAnswer', () => {
  it('reads a row answer by 序号, with the value checked and written as the importer writes it', () => {
    expect(parseAnswer('17.direction=lower')).toEqual({
      ok: true,
      answer: {
        kind: 'field',
        scope: { seq: 17 },
        field: 'direction',
        value: 'lower',
        text: '17.direction=lower',
      },
    });
    expect(parseAnswer('17.方向=越低越好')).toMatchObject({
      ok: true,
      answer: { field: 'direction', value: 'lower' },
    });
    expect(parseAnswer('17.kind=binding')).toMatchObject({
      ok: true,
      answer: { field: 'kind', value: '约束性' },
    });
  });

  it('reads a row answer by indicator id and a table answer without a row', () => {
    expect(parseAnswer('HZ17.aggregation=累计')).toMatchObject({
      ok: true,
      answer: { scope: { id: 'HZ17' }, field: 'aggregation', value: 'cumulative' },
    });
    expect(parseAnswer('targetYear=2025年')).toMatchObject({
      ok: true,
      answer: { scope: 'table', field: 'targetYear', value: 2025 },
    });
  });

  it('reads what a mark means', () => {
    expect(parseAnswer('△=cumulative')).toEqual({
      ok: true,
      answer: { kind: 'mark', mark: '△', effect: 'cumulative', text: '△=cumulative' },
    });
    expect(parseAnswer('＊=约束性')).toMatchObject({
      ok: true,
      answer: { mark: '*', effect: 'binding' },
    });
    expect(parseAnswer('〔〕=累计')).toMatchObject({
      ok: true,
      answer: { mark: '〔〕', effect: 'cumulative' },
    });
  });

  it.each([
    ['17.direction', 'row.column=value'],
    ['=lower', 'row.column=value'],
    ['17.colour=red', 'not a column'],
    ['17.direction=sideways', 'invalid value'],
    ['targetYear=明年', 'invalid value'],
    ['△=maybe', 'cumulative'],
  ])('refuses %s with a message that says how to write it', (input, says) => {
    const r = parseAnswer(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.en).toContain(says);
      expect(r.message.zh).toContain(input.slice(0, 2));
    }
  });

  it('stops a list of answers at the first bad one', () => {
    expect(parseAnswers(['1.direction=lower', '2.direction=down']).ok).toBe(true);
    expect(parseAnswers(['1.direction=lower', 'nonsense']).ok).toBe(false);
  });
});
