import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelGateway } from '../../../addin/excel/excel-gateway.ts';
import { PAYLOAD_LIMIT_BYTES } from '../../../addin/excel/payload-chunks.ts';
import { columnLetter, parseRange } from '../../../shared/contract/cell-address.ts';
import { planLayout } from '../../../shared/contract/plan-layout.ts';
import {
  ACTUALS,
  INDICATORS,
  RECIPIENTS,
  STATUS,
  TABLES,
  type TableName,
} from '../../../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../../../shared/contract/template.ts';
import { templateRow } from '../../../seeds/template-row.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { FakeExcel } from '../fake-excel/fake-excel.ts';

const ALL: TableName[] = TABLES.map((t) => t.name);
const dir = tempDir('addin-gateway');

/** A blank plan in a fake workbook, with its gateway. */
async function blankPlan(): Promise<{ fake: FakeExcel; gateway: ExcelGateway }> {
  const fake = new FakeExcel();
  const gateway = new ExcelGateway(fake);
  await gateway.createPlan(planLayout(TEMPLATES.blank()));
  return { fake, gateway };
}

/** `n` Indicators rows like the Huzhou ones (long notes and all), with ids IND00001…. */
function indicatorRows(n: number): TemplateRow[] {
  const seed = TEMPLATES['huzhou-14th-fyp']().indicators;
  return Array.from({ length: n }, (_, i) => {
    const base = seed[i % seed.length] ?? {};
    return templateRow(INDICATORS, { ...base, id: `IND${String(i + 1).padStart(5, '0')}` });
  });
}

/** Status rows whose messages make each row about `bytes` long. */
function bulkyStatusRows(n: number, bytes: number): TemplateRow[] {
  return Array.from({ length: n }, (_, i) =>
    templateRow(STATUS, {
      id: `IND${i}`,
      indicator: '指标'.repeat(Math.ceil(bytes / 6)),
      region: '湖州市',
      period: '2024',
      status: '越线 breached',
    }),
  );
}

describe('ExcelGateway: New plan', () => {
  it.each(['blank', 'huzhou-14th-fyp'] as const)(
    'creates the tables `kpi-sentinel init --template %s` makes, cell for cell',
    async (name) => {
      const template: WorkbookTemplate = TEMPLATES[name]();
      const path = join(dir, `${name}.xlsx`);
      await initWorkbook(path, template);
      const worker = await readWorkbookGrids(path);
      if (!worker.ok) throw new Error('init workbook unreadable');

      const fake = new FakeExcel();
      const gateway = new ExcelGateway(fake);
      const created = await gateway.createPlan(planLayout(template));
      const addin = await gateway.readTables(ALL, worker.workbook);

      expect(created.ok).toBe(true);
      expect(addin.missing).toEqual([]);
      expect(addin.grids).toEqual(worker.grids);
    },
  );

  it('adds the dropdowns, the text format of periods, frozen headers and the status colours', async () => {
    const { fake } = await blankPlan();
    const indicators = fake.workbook.sheet('指标 Indicators');
    const lists = indicators.validations.map((v) => v.list);
    expect(lists).toContain('约束性,预期性');
    expect(lists).toContain('越高越好,越低越好,区间');
    expect(indicators.validations.every((v) => v.alertStyle === 'Warning')).toBe(true);
    expect(indicators.frozenRows).toBe(1);
    expect(fake.workbook.sheet('实绩 Actuals').cell(2, 3)?.format).toBe('@');
    const status = fake.workbook.sheet('状态 Status').conditionalFormats;
    expect(status).toHaveLength(10);
    const first = [...status].sort((a, b) => a.priority - b.priority)[0];
    expect(first).toMatchObject({
      formula: '=NOT(ISERROR(SEARCH("越线",G2)))',
      fill: '#FFC7CE',
      font: '#9C0006',
    });
    expect(fake.workbook.sheet('指标 Indicators').conditionalFormats).toEqual([]);
  });

  it('grows a table that shares its sheet by whole sheet rows: its placeholder filled, the table below moved down whole', async () => {
    const { fake, gateway } = await blankPlan();
    const recipient = (name: string): TemplateRow =>
      templateRow(RECIPIENTS, { name, email: `${name}@example.gov.cn` });
    // Recipients (bottom of the Settings sheet) starts with its one empty row.
    expect(await gateway.appendRows('Recipients', [recipient('a'), recipient('b')])).toEqual({
      ok: true,
      rows: 2,
    });
    expect(fake.workbook.tableRows('Recipients').map((r) => r['姓名 Name'])).toEqual(['a', 'b']);
    const settings = fake.workbook.tableRows('Settings');
    const below = parseRange(fake.workbook.tableAddress('Recipients'));
    const { syncs } = await fake.countSyncs(() =>
      gateway.appendRows('Settings', [
        { key: 'remind.beforeDays', value: 5 },
        { key: 'remind.repeatDays', value: 2 },
      ]),
    );
    expect(syncs).toBe(3);
    const keys = fake.workbook.tableRows('Settings').map((r) => r['设置项 Key']);
    expect(keys).toEqual([
      ...settings.map((r) => r['设置项 Key']),
      'remind.beforeDays',
      'remind.repeatDays',
    ]);
    expect(parseRange(fake.workbook.tableAddress('Recipients'))).toEqual(
      below && { ...below, top: below.top + 2, bottom: below.bottom + 2 },
    );
    expect(fake.workbook.tableRows('Recipients').map((r) => r['姓名 Name'])).toEqual(['a', 'b']);
  });

  it('formats the Recipients mobile column as text, so a mobile number typed stays text', async () => {
    const { fake } = await blankPlan();
    const top = parseRange(fake.workbook.tableAddress('Recipients'))?.top ?? 0;
    const at = columnLetter(RECIPIENTS.columns.findIndex((c) => c.key === 'mobile') + 1);
    await fake.workbook.userWrite(RECIPIENTS.sheet, `${at}${top + 1}`, [[13800001111]]);
    expect(fake.workbook.tableRows('Recipients')[0]?.['手机 Mobile']).toBe('13800001111');
  });

  it('refuses to create a plan where one exists, and writes nothing', async () => {
    const { fake, gateway } = await blankPlan();
    const sheets = fake.workbook.sheets.length;
    const again = await gateway.createPlan(planLayout(TEMPLATES.blank()));
    expect(again).toEqual({ ok: false, existing: ALL });
    expect(fake.workbook.sheets).toHaveLength(sheets);
  });

  it('puts the plan beside sheets the planner already has, renaming only on a clash', async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet('指标 Indicators');
    const created = await new ExcelGateway(fake).createPlan(planLayout(TEMPLATES.blank()));
    expect(created.ok && created.sheets).toEqual(
      expect.arrayContaining(['指标 Indicators (2)', '实绩 Actuals']),
    );
    expect(fake.workbook.table('Indicators')?.sheet.name).toBe('指标 Indicators (2)');
  });
});

describe('ExcelGateway: a constant number of syncs per action', () => {
  /** Syncs each action takes on a plan whose Indicators table has `n` rows. */
  async function syncsAt(n: number): Promise<Record<string, number>> {
    const { fake, gateway } = await blankPlan();
    const rows = indicatorRows(n);
    const counts: Record<string, number> = {};
    counts.append = (await fake.countSyncs(() => gateway.appendRows('Indicators', rows))).syncs;
    counts.read = (await fake.countSyncs(() => gateway.readTables(ALL, 'plan.xlsx'))).syncs;
    const read = await gateway.readTables(['Indicators'], 'plan.xlsx');
    const last = read.grids.Indicators?.rows.at(-1);
    const guard = { key: 'id', value: String(last?.cells[0]?.value ?? '') };
    counts.writeCells = (
      await fake.countSyncs(() =>
        gateway.writeRowCells('Indicators', [
          { row: last?.rowNumber ?? 0, guard, values: { notes: '已核对' } },
        ]),
      )
    ).syncs;
    counts.replace = (
      await fake.countSyncs(() =>
        gateway.replaceRows(
          'Status',
          rows.map((r) => templateRow(STATUS, { id: r.id, indicator: r.name })),
        ),
      )
    ).syncs;
    const targets = Array.from({ length: Math.min(n, 500) }, (_, i) => ({
      sheet: '指标 Indicators',
      address: `K${i + 2}`,
    }));
    counts.mark = (await fake.countSyncs(() => gateway.markCells(targets))).syncs;
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fake.workbook.tableRows('Indicators')).toHaveLength(n);
    return counts;
  }

  it('takes the same number of syncs for 10 and for 10,000 indicator rows', async () => {
    const small = await syncsAt(10);
    const large = await syncsAt(10_000);
    expect(large).toEqual(small);
    expect(small).toEqual({ append: 3, read: 3, writeCells: 3, replace: 3, mark: 2 });
  });

  it('appends to two tables in one batch: 3 syncs for 10 and for 10,000 rows each', async () => {
    for (const n of [10, 10_000]) {
      const { fake, gateway } = await blankPlan();
      const indicators = indicatorRows(n);
      const actuals = indicators.map((r, i) =>
        templateRow(ACTUALS, { id: r.id, period: '2023', value: i + 0.5 }),
      );
      const { result, syncs } = await fake.countSyncs(() =>
        gateway.appendTables([
          { table: 'Indicators', rows: indicators },
          { table: 'Actuals', rows: actuals },
        ]),
      );
      expect(syncs).toBe(3);
      expect(result).toEqual({ ok: true, rows: [n, n] });
      expect(fake.stats.refused).toBe(0);
      expect(fake.workbook.tableRows('Indicators').map((r) => r['编号 ID'])).toEqual(
        indicators.map((r) => r.id),
      );
      const written = fake.workbook.tableRows('Actuals');
      expect(written).toHaveLength(n);
      expect(written.at(-1)).toMatchObject({
        '编号 ID': indicators.at(-1)?.id,
        '期间 Period': '2023',
        '数值 Value': n - 0.5,
      });
    }
  });

  it('appends to no table when one of them is missing', async () => {
    const fake = new FakeExcel();
    const gateway = new ExcelGateway(fake);
    const layout = planLayout(TEMPLATES.blank()).filter((t) => t.spec.name === 'Indicators');
    await gateway.createPlan(layout);
    const written = await gateway.appendTables([
      { table: 'Indicators', rows: indicatorRows(2) },
      { table: 'Actuals', rows: [templateRow(ACTUALS, { id: 'IND00001', period: '2023' })] },
    ]);
    expect(written).toEqual({ ok: false, missing: 'Actuals' });
    // Only the empty row a new table has.
    expect(fake.workbook.tableRows('Indicators').map((r) => r['编号 ID'])).toEqual(['']);
  });

  it('suspends calculation for each bulk write', async () => {
    const { fake, gateway } = await blankPlan();
    const before = fake.stats.suspends;
    await gateway.appendRows('Indicators', indicatorRows(50));
    await gateway.replaceRows('Status', []);
    expect(fake.stats.suspends - before).toBe(2);
  });
});

describe('ExcelGateway: payloads above the 5 MB limit', () => {
  it('splits a write above the limit into chunks that each fit, and every row arrives', async () => {
    const { fake, gateway } = await blankPlan();
    const rows = bulkyStatusRows(3_000, 3_000);
    const small = await fake.countSyncs(() => gateway.replaceRows('Status', rows.slice(0, 10)));
    const large = await fake.countSyncs(() => gateway.replaceRows('Status', rows));
    expect(large.syncs).toBeGreaterThan(small.syncs);
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const written = fake.workbook.tableRows('Status');
    expect(written).toHaveLength(3_000);
    expect(written.at(-1)?.['编号 ID']).toBe('IND2999');
    // Rows added below take the text format of the period column: 2024 stays text.
    expect(written.at(-1)?.['期间 Period']).toBe('2024');
  });

  it('appends above the limit in chunks too', async () => {
    const { fake, gateway } = await blankPlan();
    const rows = indicatorRows(20).map((r, i): TemplateRow => ({
      ...r,
      notes: '备注'.repeat(60_000 + i),
    }));
    await gateway.appendRows('Indicators', rows);
    expect(fake.stats.refused).toBe(0);
    expect(fake.workbook.tableRows('Indicators').map((r) => r['编号 ID'])).toEqual(
      rows.map((r) => r.id),
    );
  });

  it('appends two tables above the limit in shared chunks; each new table loses its empty row', async () => {
    const { fake, gateway } = await blankPlan();
    const indicators = indicatorRows(20).map((r, i): TemplateRow => ({
      ...r,
      notes: '备注'.repeat(60_000 + i),
    }));
    const actuals = indicators.map((r) => templateRow(ACTUALS, { id: r.id, period: '2023' }));
    const { syncs } = await fake.countSyncs(() =>
      gateway.appendTables([
        { table: 'Indicators', rows: indicators },
        { table: 'Actuals', rows: actuals },
      ]),
    );
    expect(syncs).toBeGreaterThan(3);
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const ids = indicators.map((r) => r.id);
    expect(fake.workbook.tableRows('Indicators').map((r) => r['编号 ID'])).toEqual(ids);
    expect(fake.workbook.tableRows('Actuals').map((r) => r['编号 ID'])).toEqual(ids);
  });

  it('reads a table whose values exceed the limit in row spans after Excel refuses the whole', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.replaceRows('Status', bulkyStatusRows(3_000, 3_000));
    const refusedBefore = fake.stats.refused;
    const { result, syncs } = await fake.countSyncs(() =>
      gateway.readTables(['Status'], 'plan.xlsx'),
    );
    expect(fake.stats.refused).toBe(refusedBefore + 1);
    expect(syncs).toBeGreaterThan(3);
    expect(result.grids.Status?.rows).toHaveLength(3_000);
    expect(result.grids.Status?.rows.at(-1)?.rowNumber).toBe(3_001);
  });
});

describe('ExcelGateway: rows and cells', () => {
  it('replaces the empty row a new table has instead of appending below it', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.appendRows('Indicators', indicatorRows(2));
    expect(fake.workbook.tableAddress('Indicators')).toBe('A1:S3');
  });

  it('shrinks a table when fewer rows replace more, leaving one empty row for none', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.replaceRows('Status', bulkyStatusRows(5, 10));
    await gateway.replaceRows('Status', bulkyStatusRows(2, 10));
    // Status has 18 columns (A–R) since its 缺报期间 Gaps column.
    expect(fake.workbook.tableAddress('Status')).toBe('A1:R3');
    await gateway.replaceRows('Status', []);
    expect(fake.workbook.tableAddress('Status')).toBe('A1:R2');
    expect(fake.workbook.tableRows('Status')[0]?.['编号 ID']).toBe('');
  });

  it('keeps text that looks like a formula as text', async () => {
    const { fake, gateway } = await blankPlan();
    const risky = ['=HYPERLINK("http://x","y")', '+86 热线', '-', "'quoted", '@mention', '-12.5'];
    await gateway.appendRows(
      'Indicators',
      risky.map((name, i) => templateRow(INDICATORS, { id: `R${i}`, name })),
    );
    const names = fake.workbook.tableRows('Indicators').map((r) => r['指标名称 Indicator']);
    expect(names).toEqual([
      '=HYPERLINK("http://x","y")',
      '+86 热线',
      '-',
      "'quoted",
      '@mention',
      -12.5,
    ]);
  });

  it('writes cells only in rows whose guard still matches', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.appendRows('Indicators', indicatorRows(3));
    const result = await gateway.writeRowCells('Indicators', [
      { row: 2, guard: { key: 'id', value: 'IND00001' }, values: { owner: '综合处' } },
      { row: 3, guard: { key: 'id', value: 'IND00009' }, values: { owner: '综合处' } },
    ]);
    expect(result).toEqual({ written: 1, refused: [3] });
    const owners = fake.workbook.tableRows('Indicators').map((r) => r['责任处室 Owner']);
    expect(owners).toEqual([
      '综合处',
      ...indicatorRows(3)
        .slice(1)
        .map((r) => r.owner),
    ]);
  });

  it('says which tables are missing instead of failing', async () => {
    const fake = new FakeExcel();
    const read = await new ExcelGateway(fake).readTables(['Indicators', 'Actuals'], 'x.xlsx');
    expect(read).toEqual({ grids: {}, missing: ['Indicators', 'Actuals'] });
    expect(await new ExcelGateway(fake).appendRows('Indicators', indicatorRows(1))).toEqual({
      ok: false,
      missing: 'Indicators',
    });
  });
});

describe('ExcelGateway: selection, marks and events', () => {
  it('reads the selection trimmed to the cells in use, percent formats flagged', async () => {
    const fake = new FakeExcel();
    const sheet = fake.workbook.sheet('Sheet1');
    await fake.workbook.userWrite('Sheet1', 'B2:C3', [
      ['指标', '2025年'],
      ['合格率', 0.985],
    ]);
    sheet.ensure(3, 3).format = '0.0%';
    fake.workbook.selection = {
      sheet: 'Sheet1',
      range: { top: 1, left: 1, bottom: 1_048_576, right: 10 },
    };
    const grid = await new ExcelGateway(fake).readSelection('x.xlsx');
    expect(grid.columnLetters).toEqual(['B', 'C']);
    expect(grid.rows).toEqual([
      { rowNumber: 2, cells: [{ value: '指标' }, { value: '2025年' }] },
      { rowNumber: 3, cells: [{ value: '合格率' }, { value: 0.985, percent: true }] },
    ]);
  });

  it('marks problem cells and clears the marks of cells no longer listed, across task-pane sessions', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.markCells([
      { sheet: '指标 Indicators', address: 'B2' },
      { sheet: '指标 Indicators', address: 'G2' },
    ]);
    const sheet = fake.workbook.sheet('指标 Indicators');
    expect([sheet.cell(2, 2)?.fill, sheet.cell(2, 7)?.fill]).toEqual(['#FFC7CE', '#FFC7CE']);
    await new ExcelGateway(fake).markCells([{ sheet: '指标 Indicators', address: 'G2' }]);
    expect([sheet.cell(2, 2)?.fill, sheet.cell(2, 7)?.fill]).toEqual([null, '#FFC7CE']);
  });

  it('selects a cell on its sheet', async () => {
    const { fake, gateway } = await blankPlan();
    await gateway.selectCell({ sheet: '实绩 Actuals', address: 'E7' });
    expect(fake.workbook.activeSheet).toBe('实绩 Actuals');
    expect(fake.workbook.selection).toEqual({
      sheet: '实绩 Actuals',
      range: { top: 7, left: 5, bottom: 7, right: 5 },
    });
  });

  it('calls back when a watched table changes', async () => {
    const { fake, gateway } = await blankPlan();
    const seen: TableName[] = [];
    expect(await gateway.watchTables(['Indicators', 'Actuals'], (t) => seen.push(t))).toEqual([
      'Indicators',
      'Actuals',
    ]);
    await fake.workbook.userWrite('实绩 Actuals', 'A2', [['HZ01']]);
    expect(seen).toEqual(['Actuals']);
  });
});
