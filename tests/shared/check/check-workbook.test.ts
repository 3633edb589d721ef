import { describe, expect, it } from 'vitest';
import { checkWorkbook, type CheckOutcome } from '../../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { ALERTS } from '../../../shared/contract/tables.ts';
import type { Grid } from '../../../shared/contract/grid.ts';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import type { Alert } from '../../../shared/model/alert.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { TEMPLATE_WORKBOOK, alertsGrid, templateGrids } from '../../support/template-grids.ts';

// Before HZ16's 2024 figure falls due (2025-04-03), so the second check raises nothing new.
const NEXT_DAY = '2025-04-02';

/** Validates the template (and an Alerts table, when given) and checks it as of a date. */
function check(template: WorkbookTemplate, asOf: string, alerts?: Grid) {
  const grids = { ...templateGrids(template), ...(alerts ? { Alerts: alerts } : {}) };
  const { model, problems } = validateWorkbook(TEMPLATE_WORKBOOK, grids);
  return { problems, outcome: checkWorkbook(model, asOf) };
}

function alertOf(out: CheckOutcome, id: string, region: string, rule: Alert['rule']): Alert {
  const found = out.alerts.filter((a) => a.id === id && a.region === region && a.rule === rule);
  expect(found, `${id} ${region} ${rule}`).toHaveLength(1);
  const [a] = found;
  if (!a) throw new Error(`no ${rule} alert for ${id} ${region}`);
  return a;
}

function changeOf(out: CheckOutcome, alertId: string): string | undefined {
  return out.changes.find((c) => c.alertId === alertId)?.kind;
}

const huzhou = (): WorkbookTemplate => TEMPLATES['huzhou-14th-fyp']();
const first = check(huzhou(), DEMO_AS_OF).outcome;

describe('checkWorkbook over consecutive checks', () => {
  it('updates the same alerts in place when the first check’s Alerts table is read back', () => {
    const { problems, outcome: second } = check(huzhou(), NEXT_DAY, alertsGrid(first.alerts));
    expect(problems).toEqual([]);
    const ids = second.alerts.map((a) => a.alertId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(first.alerts.map((a) => a.alertId).sort());
    expect(new Set(second.changes.map((c) => c.kind))).toEqual(new Set(['unchanged']));
    for (const a of second.alerts) {
      expect(a).toMatchObject({
        state: 'firing',
        firstSeen: DEMO_AS_OF,
        lastChanged: DEMO_AS_OF,
        lastEvaluated: NEXT_DAY,
      });
    }
  });

  it('resolves an alert whose actual recovers, keeping its row and id', () => {
    const fixed = huzhou();
    const nanxun = fixed.actuals.find(
      (a) => a.id === 'HZL02' && a.region === '南浔区' && a.period === '2024',
    );
    if (!nanxun) throw new Error('no HZL02 南浔区 2024 row');
    nanxun.value = 99.2;
    const was = alertOf(first, 'HZL02', '南浔区', 'line');
    expect(was.state).toBe('firing');

    const { outcome: second } = check(fixed, NEXT_DAY, alertsGrid(first.alerts));
    const now = alertOf(second, 'HZL02', '南浔区', 'line');
    expect(now).toMatchObject({
      alertId: was.alertId,
      state: 'resolved',
      resolvedAt: NEXT_DAY,
      firstSeen: DEMO_AS_OF,
    });
    expect(changeOf(second, was.alertId)).toBe('resolved');
    expect(second.alerts).toHaveLength(first.alerts.length);
    expect(second.changes.filter((c) => c.kind !== 'unchanged')).toEqual([
      { alertId: was.alertId, kind: 'resolved' },
    ]);
    expect(
      second.evaluation.statuses.find((s) => s.id === 'HZL02' && s.region === '南浔区')?.status,
    ).toBe('on_track');

    // Read back once more, the resolved row stays one row and stays resolved.
    const { outcome: third } = check(fixed, '2025-05-31', alertsGrid(second.alerts));
    expect(alertOf(third, 'HZL02', '南浔区', 'line')).toMatchObject({
      state: 'resolved',
      resolvedAt: NEXT_DAY,
    });
    expect(changeOf(third, was.alertId)).toBe('unchanged');
  });

  it('keeps a planner’s ack through a check even when worker cells of that row were damaged', () => {
    const typed = {
      action: '确认',
      ackBy: '王局长',
      ackNote: '已约谈吴兴区企业，\n下月复查',
      until: '2025-12-31',
    };
    const acked = first.alerts.map((a) =>
      a.id === 'HZL01' && a.region === '吴兴区' && a.rule === 'line' ? { ...a, planner: typed } : a,
    );
    const grid = alertsGrid(acked);
    const index = acked.findIndex((a) => a.planner.ackBy === '王局长');
    const row = grid.rows[index];
    if (!row) throw new Error('no acked row');
    const col = (key: string): number => ALERTS.columns.findIndex((c) => c.key === key);
    row.cells[col('state')] = { value: '处理中' };
    row.cells[col('severity')] = { value: null, error: '#N/A' };
    row.cells[col('actual')] = { value: '很高' };

    const { problems, outcome: second } = check(huzhou(), NEXT_DAY, grid);
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.value, p.level])).toEqual([
      ['预警 Alerts', row.rowNumber, '级别 Severity (C)', '#N/A', 'warning'],
      ['预警 Alerts', row.rowNumber, '状态 State (B)', '处理中', 'warning'],
      ['预警 Alerts', row.rowNumber, '实际值 Actual (K)', '很高', 'warning'],
    ]);
    const now = alertOf(second, 'HZL01', '吴兴区', 'line');
    expect(now).toMatchObject({
      state: 'acknowledged',
      ackedStatus: 'breached',
      firstSeen: DEMO_AS_OF,
      severity: 'critical',
    });
    expect(now.planner).toEqual(typed);
    expect(now.actual).toBeCloseTo((4 / 70_000) * 10_000, 10);
    expect(second.alerts).toHaveLength(first.alerts.length);
  });
});
