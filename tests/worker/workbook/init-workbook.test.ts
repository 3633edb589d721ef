import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bilingualHeader, TABLES, type TableSpec } from '../../../shared/contract/tables.ts';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import { TEMPLATES, type TemplateName } from '../../../seeds/templates.ts';
import { columnLetter, parseRange } from '../../../shared/contract/cell-address.ts';
import { createWorkbook, initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { containsFormula } from '../../../shared/contract/status-colours.ts';
import { openpyxlSheetRows, openpyxlTable } from '../../support/other-programs.ts';
import { located, reopen } from '../../support/reopen-workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpi-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE: WorkbookTemplate = {
  name: '测试计划',
  indicators: [
    {
      id: '1',
      category: '市场安全',
      name: '食品评价性抽检合格率',
      unit: '%',
      kind: '约束性',
      aggregation: '阈值 threshold',
      direction: '越高越好',
      baselineYear: 2020,
      baseline: 98.5,
      targetYear: 2025,
      target: '98.5%以上',
    },
    {
      id: '2',
      category: '市场安全',
      name: '万台特种设备事故率',
      unit: '起/万台',
      kind: '约束性',
      targetYear: 2025,
      limit: '低于0.36',
    },
  ],
  milestones: [{ id: '1', region: '湖州市', period: '2023', target: 98.5 }],
  actuals: [
    { id: '1', region: '湖州市', period: '2023', value: 98.7 },
    { id: '2', period: '2023-Q3', measure: 'accidents', value: 1 },
  ],
  settings: [
    { key: 'planName', value: '湖州市市场监管十四五' },
    { key: 'timezone', value: 'Asia/Shanghai' },
  ],
  recipients: [
    { name: '张三', email: 'zhang@example.gov.cn', minSeverity: '黄 warning', language: 'zh-CN' },
  ],
};

const ROWS: Record<string, readonly Record<string, unknown>[]> = {
  Indicators: TEMPLATE.indicators,
  Milestones: TEMPLATE.milestones,
  Actuals: TEMPLATE.actuals,
  Settings: TEMPLATE.settings,
  Recipients: TEMPLATE.recipients,
  Alerts: [],
  Status: [],
};

function letterOf(spec: TableSpec, key: string): string {
  return columnLetter(spec.columns.findIndex((c) => c.key === key) + 1);
}

/** exceljs keeps loaded conditional formats on `worksheet.conditionalFormattings`, untyped. */
function formatsOf(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  const holder: unknown = worksheet;
  if (typeof holder !== 'object' || holder === null || !('conditionalFormattings' in holder))
    return [];
  const list: unknown = holder.conditionalFormattings;
  return Array.isArray(list) ? list.filter(isFormatting) : [];
}

function isFormatting(x: unknown): x is ExcelJS.ConditionalFormattingOptions {
  return (
    typeof x === 'object' &&
    x !== null &&
    'ref' in x &&
    typeof x.ref === 'string' &&
    'rules' in x &&
    Array.isArray(x.rules)
  );
}

function specNamed(name: string): TableSpec {
  const spec = TABLES.find((s) => s.name === name);
  if (!spec) throw new Error(name);
  return spec;
}

describe('initWorkbook', async () => {
  const path = join(dir, 'plan.xlsx');
  await initWorkbook(path, TEMPLATE);
  const workbook = await reopen(path);

  it.each(TABLES.map((s) => [s.name, s] as const))(
    'creates table %s on its sheet with bilingual headers and the template rows',
    (_n, spec) => {
      const { worksheet, model, range } = located(workbook, spec.name);
      expect(model.name).toBe(spec.name);
      expect(worksheet.name).toBe(spec.sheet);
      const header = spec.columns.map((_, i) => worksheet.getCell(range.top, range.left + i).value);
      expect(header).toEqual(spec.columns.map(bilingualHeader));
      expect(range.right - range.left + 1).toBe(spec.columns.length);
      const rows = ROWS[spec.name] ?? [];
      expect(range.bottom - range.top).toBe(Math.max(rows.length, 1));
      rows.forEach((row, i) => {
        const values = spec.columns.map(
          (_, j) => worksheet.getCell(range.top + 1 + i, range.left + j).value,
        );
        expect(values).toEqual(spec.columns.map((c) => row[c.key] ?? null));
      });
    },
  );

  it('starts Alerts and Status as tables with a single blank row', () => {
    for (const name of ['Alerts', 'Status']) {
      const { worksheet, range } = located(workbook, name);
      expect(range.bottom).toBe(range.top + 1);
      const blank = worksheet.getRow(range.bottom).values;
      expect(
        Array.isArray(blank) ? blank.filter((v) => v !== undefined && v !== null) : [],
      ).toEqual([]);
    }
  });

  it('puts Recipients a few rows below Settings on the shared sheet', () => {
    const settings = located(workbook, 'Settings');
    const recipients = located(workbook, 'Recipients');
    expect(recipients.worksheet.name).toBe(settings.worksheet.name);
    expect(recipients.range.top - settings.range.bottom).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Indicators', 'kind', '"约束性,预期性"'],
    ['Indicators', 'direction', '"越高越好,越低越好,区间"'],
    ['Indicators', 'frequency', '"年,季,月"'],
    [
      'Indicators',
      'aggregation',
      '"存量 level,累加值 cumulative,每年新增 annual,阈值 threshold,年均增长 growth"',
    ],
    ['Recipients', 'minSeverity', '"红 critical,黄 warning,提示 info"'],
    ['Recipients', 'language', '"zh-CN,en,zh-CN+en"'],
    ['Alerts', 'action', '"确认,静默"'],
  ])('offers a dropdown on %s.%s, also on rows not yet filled', (table, key, formula) => {
    const { worksheet, range } = located(workbook, table);
    const letter = letterOf(specNamed(table), key);
    for (const row of [range.top + 1, range.top + 500]) {
      const dv = worksheet.getCell(`${letter}${row}`).dataValidation;
      expect(dv.type).toBe('list');
      expect(dv.formulae).toEqual([formula]);
    }
  });

  it('leaves columns without a fixed list free of validation', () => {
    const { worksheet } = located(workbook, 'Indicators');
    expect(
      worksheet.getCell(`${letterOf(specNamed('Indicators'), 'name')}2`).dataValidation,
    ).toBeUndefined();
  });

  it.each([
    ['Status', 'status'],
    ['Status', 'severity'],
    ['Alerts', 'status'],
    ['Alerts', 'severity'],
  ])('colours %s.%s: red for breaches, amber for lags, green for on track', (table, key) => {
    const { worksheet } = located(workbook, table);
    const column = specNamed(table).columns.findIndex((c) => c.key === key) + 1;
    const cf = formatsOf(worksheet).find((f) => {
      const r = parseRange(f.ref);
      return r !== null && r.left <= column && column <= r.right && r.top === 2 && r.bottom >= 1000;
    });
    expect(cf).toBeDefined();
    const topLeft = cf?.ref.split(':')[0] ?? '';
    const colourOf = (text: string): string | undefined => {
      const rule = cf?.rules.find(
        (r) => r.type === 'expression' && r.formulae?.[0] === containsFormula(text, topLeft),
      );
      const fill = rule?.style?.fill;
      return fill && fill.type === 'pattern' ? fill.bgColor?.argb : undefined;
    };
    expect(colourOf('越线')).toBe('FFFFC7CE');
    expect(colourOf('严重滞后')).toBe('FFFFC7CE');
    expect(colourOf('critical')).toBe('FFFFC7CE');
    for (const amber of ['滞后', '临近', '缺报', '预计难以完成', 'warning'])
      expect(colourOf(amber)).toBe('FFFFEB9C');
    expect(colourOf('已完成')).toBe('FFC6EFCE');
    expect(colourOf('符合序时进度')).toBe('FFC6EFCE');
  });

  it('ranks 严重滞后 (red) above 滞后 (amber), since the one contains the other', () => {
    const { worksheet } = located(workbook, 'Status');
    const cf = formatsOf(worksheet)[0];
    const topLeft = cf?.ref.split(':')[0] ?? '';
    const priority = (text: string): number =>
      cf?.rules.find(
        (r) => r.type === 'expression' && r.formulae?.[0] === containsFormula(text, topLeft),
      )?.priority ?? Number.NaN;
    expect(priority('严重滞后')).toBeLessThan(priority('滞后'));
  });

  it('freezes the header row of every sheet', () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('formats percentages and gaps with one decimal, years whole and periods as text', () => {
    const status = located(workbook, 'Status').worksheet;
    expect(status.getColumn(9).numFmt).toBe('0.0');
    const indicators = located(workbook, 'Indicators').worksheet;
    expect(indicators.getCell(`${letterOf(specNamed('Indicators'), 'baselineYear')}2`).numFmt).toBe(
      '0',
    );
    const actuals = located(workbook, 'Actuals').worksheet;
    expect(actuals.getCell(`${letterOf(specNamed('Actuals'), 'period')}2`).numFmt).toBe('@');
  });

  it('formats the Recipients mobile column as text, so a mobile number stays text', async () => {
    const withMobile = join(dir, 'mobile.xlsx');
    await initWorkbook(withMobile, {
      ...TEMPLATE,
      recipients: [
        ...TEMPLATE.recipients,
        {
          name: '食品抽检处',
          scope: '责任单位:食品抽检处',
          purpose: '催报 reminder',
          mobile: '13800001111',
        },
      ],
    });
    const at = specNamed('Recipients').columns.findIndex((c) => c.key === 'mobile');
    const [, ...formats] = openpyxlTable(withMobile, 'Recipients', 'number_format');
    expect(formats.map((row) => row[at])).toEqual(['@', '@']);
    const [, ...values] = openpyxlTable(withMobile, 'Recipients');
    expect(values.map((row) => row[at])).toEqual(['', '13800001111']);
    const rows = openpyxlSheetRows(withMobile, located(workbook, 'Recipients').worksheet.name);
    expect(rows.flat()).toContain('13800001111');
  });

  it('sizes columns to their headers', () => {
    const sheet = located(workbook, 'Indicators').worksheet;
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(
      bilingualHeader({ key: 'name', zh: '指标名称', en: 'Indicator', required: true }).length,
    );
  });

  it('reads back into Grids equal to the template', async () => {
    const read = await readWorkbookGrids(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    for (const spec of TABLES) {
      const grid = read.grids[spec.name];
      expect(grid?.header).toEqual(spec.columns.map(bilingualHeader));
      const rows = ROWS[spec.name] ?? [];
      expect(grid?.rows.map((r) => r.cells.map((c) => c.value))).toEqual(
        rows.map((row) => spec.columns.map((c) => row[c.key] ?? null)),
      );
    }
  });
});

describe('initWorkbook with the shipped templates', () => {
  it.each<TemplateName>(['blank', 'huzhou-14th-fyp'])(
    'writes template %s so that it reads back cell for cell',
    async (name) => {
      const template = TEMPLATES[name]();
      const path = join(dir, `${name}.xlsx`);
      await initWorkbook(path, template);
      const read = await readWorkbookGrids(path);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const rowsOf: Record<string, readonly Record<string, unknown>[]> = {
        Indicators: template.indicators,
        Milestones: template.milestones,
        Actuals: template.actuals,
        Settings: template.settings,
        Recipients: template.recipients,
      };
      for (const [table, rows] of Object.entries(rowsOf)) {
        const spec = specNamed(table);
        const grid = read.grids[spec.name];
        expect(grid?.rows.map((r) => r.cells.map((c) => c.value))).toEqual(
          rows.map((row) =>
            spec.columns.map((c) => (row[c.key] === '' ? null : (row[c.key] ?? null))),
          ),
        );
      }
    },
  );
});

describe('createWorkbook', () => {
  it('builds the workbook in memory with one sheet per table, Settings and Recipients together', () => {
    const workbook = createWorkbook({
      name: 'blank',
      indicators: [],
      milestones: [],
      actuals: [],
      settings: [],
      recipients: [],
    });
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '指标 Indicators',
      '分解 Milestones',
      '实绩 Actuals',
      '设置 Settings',
      '预警 Alerts',
      '状态 Status',
    ]);
  });
});
