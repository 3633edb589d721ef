import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import type { Grid } from '../../../shared/contract/grid.ts';
import { STATUS, type TableName } from '../../../shared/contract/tables.ts';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { templateGrid } from '../../../shared/contract/template-grid.ts';
import { alertsGrid, templateGrids } from '../../support/template-grids.ts';

type Grids = Partial<Record<TableName, Grid>>;

const huzhou = TEMPLATES['huzhou-14th-fyp']();
const ids = huzhou.indicators.map((r) => String(r.id));

/** The plan checked once: its grids with the Status and Alerts tables that check wrote. */
function checkedOnce(template: WorkbookTemplate = huzhou): Grids {
  const grids = templateGrids(template, '湖州.xlsx');
  const { model } = validateWorkbook('湖州.xlsx', grids);
  const outcome = checkWorkbook(model, DEMO_AS_OF);
  return {
    ...grids,
    Alerts: alertsGrid(outcome.alerts, '湖州.xlsx'),
    Status: templateGrid(
      STATUS,
      outcome.evaluation.statuses.map((s) => ({ id: s.id, region: s.region })),
      '湖州.xlsx',
    ),
  };
}

/** The same grids with only the first `n` Indicators rows left (the rest unreadable or lost). */
function firstIndicators(grids: Grids, n: number): Grids {
  const indicators = grids.Indicators;
  if (!indicators) throw new Error('no Indicators grid');
  return { ...grids, Indicators: { ...indicators, rows: indicators.rows.slice(0, n) } };
}

describe('a check that reads far fewer indicators than the last one', () => {
  it('is not checked: the reason names both counts, and every alert stays as it was', () => {
    const { model } = validateWorkbook('湖州.xlsx', firstIndicators(checkedOnce(), 5));
    expect(model.unread.map((p) => p.message.zh)).toEqual([
      `湖州.xlsx：指标表只读到 5 个指标，上次检查有 ${String(ids.length)} 个，本次未检查`,
    ]);
    const outcome = checkWorkbook(model, '2025-04-30');
    expect(outcome.alerts).toEqual(model.previousAlerts);
    expect(outcome.alerts.filter((a) => a.state === 'firing').length).toBeGreaterThan(5);
    expect(outcome.changes.every((c) => c.kind === 'unchanged')).toBe(true);
  });

  it('is checked when half of them or more are read', () => {
    const half = Math.ceil(ids.length / 2);
    const { model } = validateWorkbook('湖州.xlsx', firstIndicators(checkedOnce(), half));
    expect(model.unread).toEqual([]);
  });

  it('takes the share from Settings (check.minIndicatorShare)', () => {
    const lenient = {
      ...huzhou,
      settings: [...huzhou.settings, { key: 'check.minIndicatorShare', value: 0.1 }],
    };
    const { model, problems } = validateWorkbook(
      '湖州.xlsx',
      firstIndicators(checkedOnce(lenient), 5),
    );
    expect(problems.filter((p) => p.sheet === '设置 Settings')).toEqual([]);
    expect(model.settings.minIndicatorShare).toBe(0.1);
    expect(model.unread).toEqual([]);
  });
});
