import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../shared/check/validate-workbook.ts';
import type { Finding, StatusRow } from '../../shared/model/finding.ts';
import type { Kind } from '../../shared/model/indicator.ts';
import { STATUSES, type Severity, type Status } from '../../shared/model/status.ts';
import { TEMPLATES } from '../../seeds/templates.ts';
import { DEMO_AS_OF, DEMO_EXPECTATIONS } from '../../seeds/huzhou-demo-expectations.ts';
import { TEMPLATE_WORKBOOK, templateGrids } from '../support/template-grids.ts';

/*
 * The Huzhou demo through the real pure pipeline (grids → validateWorkbook → checkWorkbook),
 * held to the hand-worked table in seeds/huzhou-demo-expectations.ts.
 */

const template = TEMPLATES['huzhou-14th-fyp']();
const { model, problems } = validateWorkbook(TEMPLATE_WORKBOOK, templateGrids(template));
const { evaluation, alerts, changes } = checkWorkbook(model, DEMO_AS_OF);
const { statuses, findings } = evaluation;

const statusRows = DEMO_EXPECTATIONS.filter((e) => e.via === 'status');
const alertRows = DEMO_EXPECTATIONS.filter((e) => e.via === 'alert');
const CITY = '湖州市';

function statusOf(id: string, region = CITY): StatusRow {
  const found = statuses.filter((s) => s.id === id && s.region === region);
  expect(found, `${id} ${region}`).toHaveLength(1);
  const [row] = found;
  if (!row) throw new Error(`no status row for ${id} ${region}`);
  return row;
}

function findingOf(id: string, status: Status, region = CITY): Finding {
  const found = findings.filter((f) => f.id === id && f.region === region && f.status === status);
  expect(found, `${id} ${region} ${status}`).toHaveLength(1);
  const [f] = found;
  if (!f) throw new Error(`no ${status} finding for ${id} ${region}`);
  return f;
}

/** docs/architecture.md §4.9 "Severity", written out plainly. */
function designSeverity(status: Status, kind: Kind): Severity {
  if (status === 'breached') return 'critical';
  if (status === 'at_risk' || status === 'forecast_miss')
    return kind === 'binding' ? 'critical' : 'warning';
  if (status === 'behind') return kind === 'binding' ? 'warning' : 'info';
  if (status === 'near_limit' || status === 'no_data') return 'warning';
  return 'info';
}

const key = (x: { id: string; region: string; status: string }): string =>
  `${x.id}|${x.region}|${x.status}`;

describe('the Huzhou demo through validateWorkbook and checkWorkbook', () => {
  it('validates with no problem at all, so a new warning has to be looked at', () => {
    expect(problems.map((p) => `${p.level} ${p.sheet} ${p.row} ${p.column} ${p.value}`)).toEqual(
      [],
    );
  });

  it('keeps every row of the template', () => {
    expect(model.indicators).toHaveLength(template.indicators.length);
    expect(model.milestones).toHaveLength(template.milestones.length);
    expect(model.actuals).toHaveLength(template.actuals.length);
    expect(model.recipients).toHaveLength(template.recipients.length);
    expect(model.settings.planRegion).toBe(CITY);
  });

  it('gives every indicator × region with actuals exactly one status row, as listed', () => {
    expect(statuses.map((s) => `${s.id}|${s.region}`).sort()).toEqual(
      statusRows.map((e) => `${e.id}|${e.region}`).sort(),
    );
  });

  it.each(statusRows.map((e) => [e.id, e.region, e.status] as const))(
    '%s %s shows %s',
    (id, region, status) => {
      expect(statusOf(id, region).status).toBe(status);
    },
  );

  it.each(alertRows.map((e) => [e.id, e.region, e.status] as const))(
    '%s %s raises a %s finding',
    (id, region, status) => {
      expect(findingOf(id, status, region).severity).toBeDefined();
    },
  );

  it('raises exactly the listed findings, each once', () => {
    expect(findings.map(key).sort()).toEqual(alertRows.map(key).sort());
  });

  it('shows every one of the ten statuses (docs/architecture.md §4.5) in status rows or findings', () => {
    const seen = new Set<Status>([
      ...statuses.map((s) => s.status),
      ...findings.map((f) => f.status),
    ]);
    expect(STATUSES.filter((s) => !seen.has(s))).toEqual([]);
    expect(STATUSES).toHaveLength(10);
  });

  it('gives every status row and finding the severity of docs/architecture.md §4.9 for its kind', () => {
    const kindOf = new Map(model.indicators.map((i) => [i.id, i.kind]));
    for (const x of [...statuses, ...findings]) {
      const kind = kindOf.get(x.id);
      if (kind === undefined) throw new Error(`no indicator ${x.id}`);
      expect(x.severity, key(x)).toBe(designSeverity(x.status, kind));
    }
  });

  it('computes HZL01 湖州市 from 11 accidents on 280,000 units: 0.393 ≥ 0.36 is breached, critical', () => {
    const rows = model.actuals.filter(
      (a) => a.id === 'HZL01' && a.region === CITY && a.period === '2024',
    );
    expect(rows.map((a) => [a.measure, a.value]).sort()).toEqual([
      ['accidents', 11],
      ['units', 280_000],
    ]);
    const rate = (11 / 280_000) * 10_000;
    expect(statusOf('HZL01')).toMatchObject({
      status: 'breached',
      severity: 'critical',
      period: '2024',
      target: 0.36,
    });
    expect(statusOf('HZL01').actual).toBeCloseTo(rate, 10);
    const f = findingOf('HZL01', 'breached');
    expect(f).toMatchObject({ rule: 'line', severity: 'critical', target: 0.36 });
    expect(f.actual).toBeCloseTo(0.393, 3);
  });

  it('shows the binding HZ12 品字标企业 at risk, critical: 150 of 100 → 200 is c 50 % against e 80 %', () => {
    expect(model.indicators.find((i) => i.id === 'HZ12')?.kind).toBe('binding');
    expect(statusOf('HZ12')).toMatchObject({
      status: 'at_risk',
      severity: 'critical',
      completion: 50,
      elapsed: 80,
      gap: 30,
    });
    expect(findingOf('HZ12', 'at_risk')).toMatchObject({ rule: 'pace', severity: 'critical' });
    expect(findingOf('HZ12', 'forecast_miss').severity).toBe('critical');
  });

  it('shows HZ13 at its latest reported period (2023, on track) and reports 2024 missing on its own', () => {
    expect(statusOf('HZ13')).toMatchObject({
      period: '2023',
      status: 'on_track',
      actual: 64,
      elapsed: 60,
    });
    expect(findingOf('HZ13', 'no_data')).toMatchObject({
      rule: 'missing',
      period: '2024',
      severity: 'warning',
    });
  });

  it('keeps the published 4.44 for HZ17’s status and raises the computed 4.36 as inconsistent', () => {
    expect(statusOf('HZ17')).toMatchObject({
      status: 'on_track',
      actual: 4.44,
      completion: 88,
      gap: -8,
    });
    const f = findingOf('HZ17', 'inconsistent');
    expect(f).toMatchObject({
      rule: 'consistency',
      severity: 'info',
      actual: 4.44,
      period: '2024',
    });
    expect(f.expected).toBeCloseTo((14_933 / 3_425_000) * 1000, 10);
  });

  it('measures HZ02 against its 2024 milestone 58: 60 is 4 pp ahead of it (10 pp ahead of the straight path)', () => {
    expect(statusOf('HZ02')).toMatchObject({
      status: 'on_track',
      expected: 58,
      actual: 60,
      completion: 90,
      elapsed: 80,
      gap: -4,
    });
  });

  it('holds the coverage lines HZL12 and HZL13 as thresholds, with no pace and no 无基期 alert', () => {
    expect(statusOf('HZL12')).toMatchObject({
      status: 'on_track',
      actual: 98.4,
      target: 98,
      completion: null,
    });
    expect(statusOf('HZL13')).toMatchObject({
      status: 'on_track',
      actual: 91,
      target: 90,
      completion: null,
    });
    expect(findings.filter((f) => f.id === 'HZL12' || f.id === 'HZL13')).toEqual([]);
  });

  it('keeps HZ18 (2020 value `/`) an honest no_baseline', () => {
    expect(model.indicators.find((i) => i.id === 'HZ18')?.baseline).toBeNull();
    expect(statusOf('HZ18')).toMatchObject({
      status: 'no_baseline',
      completion: null,
      gap: null,
      actual: 93,
    });
  });

  it('turns each finding into one new firing alert on a first check', () => {
    expect(alerts).toHaveLength(findings.length);
    expect(new Set(alerts.map((a) => a.alertId)).size).toBe(alerts.length);
    expect(new Set(alerts.map((a) => a.state))).toEqual(new Set(['firing']));
    expect(changes.map((c) => c.kind)).toEqual(findings.map(() => 'new'));
  });
});
