import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXCEL_MAX_CELL_TEXT } from '../../../shared/contract/cell-limits.ts';
import type { Problem } from '../../../shared/model/problem.ts';
import { checkWorkbookFile, type WorkbookCheck } from '../../../worker/pipeline/check-stage.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('hostile-cells');
const AS_OF = '2024-03-31';

const INDICATOR_HEADER = [
  '编号 ID',
  '指标名称 Indicator',
  '单位 Unit',
  '属性 Kind',
  '统计方式 Aggregation',
  '基期年份 Baseline year',
  '基期值 Baseline',
  '目标年份 Target year',
  '目标值 Target',
];
const GOOD_INDICATOR = [
  'HZ01',
  '在册市场主体总量',
  '万户',
  '预期性',
  '存量 level',
  2020,
  40,
  2025,
  60,
];
const ACTUAL_HEADER = ['编号 ID', '地区 Region', '期间 Period', '数值 Value'];

type Edit = (sheets: { indicators: ExcelJS.Worksheet; actuals: ExcelJS.Worksheet }) => void;

/**
 * A plan workbook made directly with exceljs (as another program might): an Indicators
 * table (columns as given) and an Actuals table, then `edit` for what the test spoils.
 */
async function workbook(
  name: string,
  opts: {
    indicatorHeader?: string[];
    indicators?: ExcelJS.CellValue[][];
    actuals?: ExcelJS.CellValue[][];
    edit?: Edit;
  },
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const indicators = wb.addWorksheet('指标 Indicators');
  indicators.addTable({
    name: 'Indicators',
    ref: 'A1',
    columns: (opts.indicatorHeader ?? INDICATOR_HEADER).map((n) => ({ name: n })),
    rows: opts.indicators ?? [GOOD_INDICATOR],
  });
  const actuals = wb.addWorksheet('实绩 Actuals');
  actuals.addTable({
    name: 'Actuals',
    ref: 'A1',
    columns: ACTUAL_HEADER.map((n) => ({ name: n })),
    rows: opts.actuals ?? [['HZ01', '湖州市', '2023', 45]],
  });
  opts.edit?.({ indicators, actuals });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function check(path: string): Promise<WorkbookCheck> {
  return checkWorkbookFile(path, { asOf: AS_OF });
}

function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found, `${code} in ${problems.map((p) => p.code).join(', ')}`).toHaveLength(1);
  const [p] = found;
  if (!p) throw new Error(code);
  return p;
}

describe('tables and columns that are missing', () => {
  it('cannot check a workbook without an Indicators table, and says which table and sheet to add', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('实绩 Actuals').addTable({
      name: 'Actuals',
      ref: 'A1',
      columns: ACTUAL_HEADER.map((n) => ({ name: n })),
      rows: [['HZ01', '湖州市', '2023', 45]],
    });
    const path = join(dir, 'no-indicators.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await check(path);
    expect(r.ok).toBe(false);
    const p = only(r.problems, 'workbook.table_missing_required');
    expect(p.sheet).toBe('指标 Indicators');
    expect(p.message.en).toContain('no table named Indicators');
  });

  it('creates the Alerts and Status tables a workbook lacks, on sheets of their own', async () => {
    const r = await check(await workbook('no-alerts.xlsx', {}));
    expect(r.ok && r.written).toBe(true);
    expect(
      r.problems.filter((p) => p.code === 'workbook.table_missing').map((p) => p.sheet),
    ).toEqual(expect.arrayContaining(['预警 Alerts', '状态 Status']));
    const after = await check(join(dir, 'no-alerts.xlsx'));
    expect(
      after.problems.filter((p) => p.code === 'workbook.table_missing').map((p) => p.sheet),
    ).not.toContain('预警 Alerts');
  });

  it('names a required column that is missing, and reads none of that table', async () => {
    const header = INDICATOR_HEADER.filter((h) => !h.startsWith('指标名称'));
    const r = await check(
      await workbook('no-name-column.xlsx', {
        indicatorHeader: header,
        indicators: [GOOD_INDICATOR.filter((_, i) => i !== 1)],
      }),
    );
    const p = only(r.problems, 'row.column_missing');
    expect(p.sheet).toBe('指标 Indicators');
    expect(p.message.zh).toContain('缺少必填列「指标名称 Indicator」');
  });
});

describe('cells that hold what they should not', () => {
  it('reports a repeated indicator id with its row and the row it repeats, keeping the first', async () => {
    const r = await check(
      await workbook('dup.xlsx', {
        indicators: [
          GOOD_INDICATOR,
          ['HZ01', '另一个指标', '家', '预期性', '存量 level', 2020, 1, 2025, 2],
        ],
      }),
    );
    expect(r.ok).toBe(true);
    const p = only(r.problems, 'row.duplicate_id');
    expect([p.sheet, p.row, p.value]).toEqual(['指标 Indicators', 3, 'HZ01']);
    expect(p.message.zh).toContain('与第 2 行重复');
    expect(r.ok && r.model.indicators.map((i) => i.name)).toEqual(['在册市场主体总量']);
  });

  it('reports text in a numeric cell with sheet, row, column and value, and keeps the good rows', async () => {
    const r = await check(
      await workbook('text-number.xlsx', {
        actuals: [
          ['HZ01', '湖州市', '2022', '约四十五'],
          ['HZ01', '湖州市', '2023', 45],
        ],
      }),
    );
    const p = only(r.problems, 'row.not_number');
    expect([p.sheet, p.row, p.column, p.value]).toEqual([
      '实绩 Actuals',
      2,
      '数值 Value (D)',
      '约四十五',
    ]);
    expect(r.ok && r.model.actuals.map((a) => a.period)).toEqual(['2023']);
  });

  it.each(['#DIV/0!', '#N/A', '#REF!'] as const)(
    'reports the error value %s as the cell it is in',
    async (error) => {
      const r = await check(
        await workbook(`error-${error.replace(/\W/g, '')}.xlsx`, {
          actuals: [
            ['HZ01', '湖州市', '2022', null],
            ['HZ01', '湖州市', '2023', 45],
          ],
          edit: ({ actuals }) => {
            actuals.getCell('D2').value = { error };
          },
        }),
      );
      const p = only(r.problems, 'row.cell_error');
      expect([p.row, p.column, p.value]).toEqual([2, '数值 Value (D)', error]);
      expect(p.message.zh).toContain(error);
    },
  );

  it('uses the stored result of a formula, and says when a formula has none', async () => {
    const r = await check(
      await workbook('formulas.xlsx', {
        actuals: [
          ['HZ01', '湖州市', '2022', null],
          ['HZ01', '湖州市', '2023', null],
        ],
        edit: ({ actuals }) => {
          actuals.getCell('D2').value = { formula: 'Z1*2' };
          actuals.getCell('D3').value = { formula: '40+5', result: 45 };
        },
      }),
    );
    const p = only(r.problems, 'row.formula_no_value');
    expect([p.row, p.column]).toEqual([2, '数值 Value (D)']);
    expect(r.ok && r.model.actuals.map((a) => [a.period, a.value])).toEqual([['2023', 45]]);
  });

  it('reads merged cells as the value they show, and hidden rows like any other', async () => {
    const r = await check(
      await workbook('merged.xlsx', {
        actuals: [
          ['HZ01', '湖州市', '2022', 44],
          ['HZ01', null, '2023', 45],
          ['HZ01', '湖州市', '2021', 43],
        ],
        edit: ({ actuals }) => {
          actuals.mergeCells('B2:B3');
          actuals.getRow(4).hidden = true;
        },
      }),
    );
    expect(r.ok && r.model.actuals.map((a) => [a.period, a.region, a.value])).toEqual([
      ['2022', '湖州市', 44],
      ['2023', '湖州市', 45],
      ['2021', '湖州市', 43],
    ]);
  });

  it('reads the period Excel made a date of (a typed 2023-09, as a date or a serial number) as the month', async () => {
    const r = await check(
      await workbook('dates.xlsx', {
        actuals: [
          ['HZ01', '湖州市', null, 44],
          ['HZ01', '湖州市', 45170, 45],
          ['HZ01', '湖州市', '2023-10-01', 46],
        ],
        edit: ({ actuals }) => {
          actuals.getCell('C2').value = new Date(Date.UTC(2023, 7, 1));
          actuals.getCell('C2').numFmt = 'yyyy-mm';
        },
      }),
    );
    expect(r.problems.filter((p) => p.sheet === '实绩 Actuals')).toEqual([]);
    expect(r.ok && r.model.actuals.map((a) => a.period)).toEqual(['2023-08', '2023-09', '2023-10']);
  });

  it("refuses a cell longer than Excel's 32,767 characters, quoting only its start and length", async () => {
    const long = `超长名称${'长'.repeat(EXCEL_MAX_CELL_TEXT * 3)}`;
    const r = await check(
      await workbook('long.xlsx', {
        indicators: [
          GOOD_INDICATOR,
          ['HZ02', long, '家', '预期性', '存量 level', 2020, 1, 2025, 2],
        ],
      }),
    );
    const p = only(r.problems, 'row.text_too_long');
    expect([p.row, p.column]).toEqual([3, '指标名称 Indicator (B)']);
    expect(p.value.length).toBeLessThan(300);
    expect(p.value).toContain('…(98,305)');
    expect(p.message.en).toContain('98,305 characters long');
    expect(r.ok && r.model.indicators.map((i) => i.id)).toEqual(['HZ01']);
  });
});
