import { describe, expect, it } from 'vitest';
import { transitionAlerts } from '../../../shared/alerts/transitions.ts';
import { buildDigestPlan, type DigestInput } from '../../../shared/digest/build-digest.ts';
import { buildPersonDigest } from '../../../shared/digest/person-digest.ts';
import type { StatusRow } from '../../../shared/model/finding.ts';
import { recipient } from '../../support/recipient-factory.ts';
import type { Recipient } from '../../../shared/model/recipient.ts';
import { evaluation, finding, indicator } from '../../support/alert-factory.ts';

const indicators = [
  indicator({ id: 'HZ02', kind: 'expected', category: '营商环境', owner: '执法稽查处' }),
  indicator({
    id: 'HZ03',
    kind: 'binding',
    category: '营商环境',
    name: '信用规则应用率',
    owner: '信用监管处',
  }),
  indicator({
    id: 'HZL01',
    kind: 'binding',
    category: '市场安全',
    name: '万台特种设备事故率',
    owner: '特种设备处',
  }),
  indicator({
    id: 'HZ17',
    kind: 'binding',
    category: '市场安全',
    name: '食品安全抽检监测数',
    owner: '食品处',
  }),
];

const everyone: Recipient = recipient({ minSeverity: 'info' });

function status(
  id: string,
  category: string,
  s: StatusRow['status'],
  region = '湖州市',
): StatusRow {
  return {
    id,
    name: id,
    category,
    kind: 'binding',
    owner: '',
    unit: '',
    region,
    period: '2024',
    gaps: [],
    due: null,
    status: s,
    severity: 'info',
    completion: null,
    elapsed: null,
    gap: null,
    expected: null,
    actual: null,
    forecast: null,
    target: null,
  };
}

/** Yesterday HZ02 fired; today HZ02 still fires, HZ03 and HZL01 are new, a forecast and a missing report appear. */
function scenario(recipient: Recipient = everyone): DigestInput {
  const yesterday = transitionAlerts({
    previous: [],
    evaluation: evaluation([
      finding({ id: 'HZ02' }),
      finding({ id: 'HZ17', rule: 'consistency', status: 'inconsistent', severity: 'info' }),
    ]),
    indicators,
    asOf: '2025-03-20',
    retentionDays: 90,
  });
  const today = transitionAlerts({
    previous: yesterday.alerts,
    evaluation: evaluation([
      finding({ id: 'HZ02' }),
      finding({ id: 'HZ03', status: 'at_risk', severity: 'critical' }),
      finding({
        id: 'HZL01',
        rule: 'line',
        status: 'breached',
        severity: 'critical',
        region: '吴兴区',
      }),
      finding({ id: 'HZ17', rule: 'missing', status: 'no_data', severity: 'warning' }),
      finding({ id: 'HZ03', rule: 'forecast', status: 'forecast_miss', severity: 'critical' }),
    ]),
    indicators,
    asOf: '2025-03-31',
    retentionDays: 90,
  });
  return {
    planName: '湖州市市场监管"十四五"规划',
    date: '2025-03-31',
    workbook: 'huzhou.xlsx',
    recipient,
    alerts: today.alerts,
    changes: today.changes,
    statuses: [
      status('HZ02', '营商环境', 'behind'),
      status('HZ03', '营商环境', 'at_risk'),
      status('HZL01', '市场安全', 'breached', '吴兴区'),
    ],
    findings: [],
    indicators,
  };
}

const ids = (d: ReturnType<typeof buildDigestPlan>, key: string): string[] =>
  (d.sections.find((s) => s.key === key)?.groups ?? []).flatMap((g) =>
    g.items.map((i) => `${i.id}/${i.rules.map((r) => r.rule).join('+')}`),
  );

describe('buildDigestPlan', () => {
  it('puts each alert in its section: new, still firing, resolved, missing, forecast', () => {
    const d = buildDigestPlan(scenario());
    expect(d.sections.map((s) => s.key)).toEqual([
      'new',
      'firing',
      'resolved',
      'missing',
      'forecast',
    ]);
    // HZ03 is both at risk and forecast to miss: one entry, its rules worst first.
    expect(ids(d, 'new')).toEqual(['HZ03/pace+forecast', 'HZL01/line']);
    expect(ids(d, 'firing')).toEqual(['HZ02/pace']);
    expect(ids(d, 'resolved')).toEqual(['HZ17/consistency']);
    expect(ids(d, 'missing')).toEqual(['HZ17/missing']);
    expect(ids(d, 'forecast')).toEqual([]);
  });

  it('gives an indicator × region one entry with its statuses worst first and its figures once', () => {
    const d = buildDigestPlan(scenario());
    const hz03 = d.sections
      .flatMap((s) => s.groups.flatMap((g) => g.items))
      .filter((i) => i.id === 'HZ03');
    expect(hz03).toHaveLength(1);
    expect(hz03[0]?.rules.map((r) => r.status)).toEqual(['at_risk', 'forecast_miss']);
    expect(hz03[0]?.severity).toBe('critical');
  });

  it('gives the age of a still-firing alert in days (first seen 03-20, digest 03-31 → 11)', () => {
    const d = buildDigestPlan(scenario());
    const item = d.sections.find((s) => s.key === 'firing')?.groups[0]?.items[0];
    expect(item?.ageDays).toBe(11);
  });

  it('groups by category in plan order and lists binding indicators first', () => {
    const input = scenario();
    input.alerts = input.alerts.map((a) =>
      a.id === 'HZ02' ? { ...a, firstSeen: '2025-03-31' } : a,
    );
    input.changes = input.changes.map((c) =>
      c.alertId === input.alerts.find((a) => a.id === 'HZ02')?.alertId ? { ...c, kind: 'new' } : c,
    );
    const d = buildDigestPlan(input);
    const groups = d.sections.find((s) => s.key === 'new')?.groups ?? [];
    expect(groups.map((g) => g.category)).toEqual(['营商环境', '市场安全']);
    expect(groups[0]?.items.map((i) => `${i.id}:${i.kind}`)).toEqual([
      'HZ03:binding',
      'HZ02:expected',
    ]);
  });

  it('counts red and yellow per indicator × region, and puts them in the subject', () => {
    const d = buildDigestPlan(scenario());
    // critical: HZ03 (pace and forecast), HZL01 line; warning: HZ02 pace, HZ17 missing.
    expect(d.counts).toEqual({ critical: 2, warning: 2, info: 0 });
    const reader = { name: '局长', email: 'director@example.gov.cn', language: 'zh-CN' as const };
    expect(buildPersonDigest(reader, [d], []).subject).toBe(
      '【指标预警】湖州市市场监管"十四五"规划 2025-03-31：红2 黄2',
    );
  });

  it('writes the subject in English for an English reader', () => {
    const d = buildDigestPlan(scenario({ ...everyone, language: 'en' }));
    const reader = { name: 'Director', email: 'director@example.gov.cn', language: 'en' as const };
    expect(buildPersonDigest(reader, [d], []).subject).toContain('2 critical, 2 warning');
  });

  it('keeps to the recipient scope and minimum severity', () => {
    const safety: Recipient = {
      ...everyone,
      scope: { categories: ['市场安全'], regions: [], owners: [] },
      minSeverity: 'critical',
    };
    const d = buildDigestPlan(scenario(safety));
    expect(d.sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)))).toEqual([
      'HZL01',
    ]);
    expect(d.statusByCategory.map((s) => s.label)).toEqual(['市场安全']);
  });

  it('filters by region and owner too', () => {
    const wuxing: Recipient = {
      ...everyone,
      scope: { categories: [], regions: ['吴兴区'], owners: [] },
    };
    expect(buildDigestPlan(scenario(wuxing)).counts.critical).toBe(1);
    const credit: Recipient = {
      ...everyone,
      scope: { categories: [], regions: [], owners: ['信用监管处'] },
    };
    expect(ids(buildDigestPlan(scenario(credit)), 'new')).toEqual(['HZ03/pace+forecast']);
  });

  it('counts statuses by category for the chart', () => {
    const d = buildDigestPlan(scenario());
    expect(d.statusByCategory).toEqual([
      { label: '营商环境', counts: { behind: 1, at_risk: 1 } },
      { label: '市场安全', counts: { breached: 1 } },
    ]);
  });

  it('says when nothing is new or resolved (for on-change mode)', () => {
    const input = scenario();
    expect(buildDigestPlan(input).unchanged).toBe(false);
    input.changes = input.changes.map((c) => ({ ...c, kind: 'unchanged' }));
    input.date = '2025-04-01'; // the next night: nothing first seen today
    expect(buildDigestPlan(input).unchanged).toBe(true);
  });

  it('is not unchanged when a warning turns critical (on-change mode sends it)', () => {
    const input = scenario();
    input.date = '2025-04-01';
    const later = transitionAlerts({
      previous: input.alerts,
      evaluation: evaluation([
        finding({ id: 'HZ02', status: 'at_risk', severity: 'critical' }),
        finding({ id: 'HZ03', status: 'at_risk', severity: 'critical' }),
        finding({
          id: 'HZL01',
          rule: 'line',
          status: 'breached',
          severity: 'critical',
          region: '吴兴区',
        }),
        finding({ id: 'HZ17', rule: 'missing', status: 'no_data', severity: 'warning' }),
        finding({ id: 'HZ03', rule: 'forecast', status: 'forecast_miss', severity: 'critical' }),
      ]),
      indicators,
      asOf: '2025-04-01',
      retentionDays: 90,
    });
    expect(later.changes.find((c) => c.kind !== 'unchanged')?.kind).toBe('worsened');
    expect(
      buildDigestPlan({ ...input, alerts: later.alerts, changes: later.changes }).unchanged,
    ).toBe(false);
  });

  it('leaves silenced alerts out', () => {
    const input = scenario();
    input.alerts = input.alerts.map((a) => (a.id === 'HZL01' ? { ...a, state: 'silenced' } : a));
    expect(ids(buildDigestPlan(input), 'new')).toEqual(['HZ03/pace+forecast']);
  });
});

describe('buildDigestPlan after a retried check', () => {
  it('still lists an alert first seen today as new when the second attempt saw it as unchanged', () => {
    const input = scenario();
    input.changes = input.changes.map((c) => ({ ...c, kind: 'unchanged' }));
    expect(ids(buildDigestPlan(input), 'new')).toEqual(['HZ03/pace+forecast', 'HZL01/line']);
  });
});
