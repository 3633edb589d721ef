import { describe, expect, it } from 'vitest';
import { parseScopeText } from '../../../shared/rows/scope-text.ts';

const ALL = { categories: [], regions: [], owners: [] };

describe('parseScopeText', () => {
  it.each([
    ['', ALL],
    ['  ', ALL],
    ['全部', ALL],
    ['All', ALL],
    [
      '类别:营商环境,质量提升; 地区:吴兴区; 责任处室:登记处',
      { categories: ['营商环境', '质量提升'], regions: ['吴兴区'], owners: ['登记处'] },
    ],
    [
      '类别：营商环境、质量提升；地区：吴兴区',
      { categories: ['营商环境', '质量提升'], regions: ['吴兴区'], owners: [] },
    ],
    [
      'category=营商环境;region=吴兴区,南浔区',
      { categories: ['营商环境'], regions: ['吴兴区', '南浔区'], owners: [] },
    ],
    ['Owner = 登记处 ', { categories: [], regions: [], owners: ['登记处'] }],
    [
      '地区:吴兴区; 地区:吴兴区,德清县;',
      { categories: [], regions: ['吴兴区', '德清县'], owners: [] },
    ],
  ])('reads %j', (input, scope) => {
    expect(parseScopeText(input)).toEqual({ ok: true, scope });
  });

  it.each(['营商环境', '部门:登记处', '类别营商环境'])(
    'rejects %j, naming the clause and the accepted form',
    (input) => {
      const r = parseScopeText(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.zh).toContain(input);
        expect(r.message.zh).toContain('类别:');
      }
    },
  );
});
