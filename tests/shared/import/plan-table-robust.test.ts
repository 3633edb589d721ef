import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocTables } from '../../../shared/import/doc-table-text.ts';
import { importPlanDocument } from '../../../shared/import/plan-document.ts';
import { importPlanTable } from '../../../shared/import/plan-table.ts';
import { textRows } from '../../../shared/import/text-grid.ts';

/** Cells drawn from what plan tables hold, so random tables reach deep into the importer. */
const CELL = fc.oneof(
  fc.constantFrom(
    '',
    '序号',
    '类别',
    '指标名称',
    '单位',
    '2020年',
    '2025年',
    '基期',
    '目标值',
    '属性',
    '备注',
    '规划目标',
    '一、营商环境',
    '合计',
    '注：带*指标为累加值',
    '注：〔 〕内为五年累计数',
    '预期性',
    '约束性',
    '万户',
    '%',
    '44*',
    '〔300〕',
    '98.5%以上',
    '低于0.36',
    '/',
    '—',
    '持续提升',
    '每年新增300家',
    '年均增长8%以上',
    '不合格率',
    '食品抽检合格率(%',
    '中国质量奖(含提名奖)(个)',
    '△',
    '1',
    '10',
    '0',
  ),
  fc.string({ maxLength: 12 }),
);

describe('the plan-table importer on arbitrary input', () => {
  it('never throws on a grid, and answers with rows or a bilingual message', () => {
    fc.assert(
      fc.property(fc.array(fc.array(CELL, { maxLength: 8 }), { maxLength: 12 }), (grid) => {
        const r = importPlanTable(textRows(grid), { source: 'x.csv' });
        if (r.ok) {
          expect(r.indicators.length).toBeGreaterThan(0);
          for (const q of [...r.questions, ...r.notices])
            expect(q.message.zh.length * q.message.en.length).toBeGreaterThan(0);
        } else {
          expect(r.message.zh).not.toBe('');
          expect(r.message.en).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a text, however its lines fall', () => {
    fc.assert(
      fc.property(fc.array(CELL, { maxLength: 60 }), (cells) => {
        const text = cells.join('\n\n');
        expect(Array.isArray(readDocTables(text))).toBe(true);
        const r = importPlanDocument(text, { source: 'x.txt' });
        expect(r.ok ? r.indicators.length > 0 : r.message.en !== '').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
