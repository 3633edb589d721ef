import { describe, expect, it } from 'vitest';
import {
  isFootnoteText,
  readFootnotes,
  splitCellMarks,
  splitNameMarks,
} from '../../../shared/import/markers.ts';

describe('splitCellMarks', () => {
  it.each([
    ['44*', '44', ['*']],
    ['44＊', '44', ['*']],
    ['*44', '44', ['*']],
    ['6000△', '6000', ['△']],
    ['〔300〕', '300', ['〔〕']],
    ['［300］', '300', ['〔〕']],
    ['〔3.2〕*', '3.2', ['*', '〔〕']],
    ['98.5%以上', '98.5%以上', []],
    ['〔约束性〕', '〔约束性〕', []],
  ])('takes the marks off %s', (cell, text, marks) => {
    expect(splitCellMarks(cell)).toEqual({ text, marks });
  });

  it('finds marks after a name or just before its unit bracket', () => {
    expect(splitNameMarks('省级以上品牌（个）*')).toEqual({
      text: '省级以上品牌(个)',
      marks: ['*'],
    });
    expect(splitNameMarks('主导制定国际、国家和行业标准*（项）')).toEqual({
      text: '主导制定国际、国家和行业标准(项)',
      marks: ['*'],
    });
    expect(splitNameMarks('△浙江制造标准')).toEqual({ text: '浙江制造标准', marks: ['△'] });
  });
});

describe('readFootnotes', () => {
  it('reads the Huzhou footnote: * is cumulative', () => {
    const r = readFootnotes(['注:带*指标为累加值。']);
    expect([...r.marks.values()]).toEqual([
      { mark: '*', effect: 'cumulative', text: '带*指标为累加值' },
    ]);
    expect(r.othersKind).toBeNull();
  });

  it('reads a numbered footnote: △ binding, the rest expected, 〔 〕 five-year totals', () => {
    const r = readFootnotes(['注：1.带△的为约束性指标，其余为预期性指标；2.〔 〕内为五年累计数。']);
    expect(r.marks.get('△')).toMatchObject({ effect: 'binding' });
    expect(r.marks.get('〔〕')).toMatchObject({ effect: 'cumulative' });
    expect(r.othersKind).toBe('expected');
  });

  it('keeps a mark that only annotates as a note, and footnote lines that name no mark change nothing', () => {
    const r = readFootnotes(['注：标※的为省级下达指标。', '2020年数据为预计数。']);
    expect([...r.marks.values()]).toEqual([
      { mark: '※', effect: 'note', text: '标※的为省级下达指标' },
    ]);
  });

  it('explains nothing it was not told', () => {
    expect(readFootnotes([]).marks.size).toBe(0);
  });

  it('tells footnote lines from other text', () => {
    expect(
      ['注：带*指标为累加值', '注:', '说明：数据来源统计局', '注1：…'].every(isFootnoteText),
    ).toBe(true);
    expect(['注册商标数', '营商环境', '说明书'].some(isFootnoteText)).toBe(false);
  });
});
