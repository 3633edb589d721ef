import { describe, expect, it } from 'vitest';
import { alertFingerprint } from '../../../shared/alerts/fingerprint.ts';
import { transitionAlerts, type TransitionResult } from '../../../shared/alerts/transitions.ts';
import type { Alert } from '../../../shared/model/alert.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import { evaluation, finding, indicator, only } from '../../support/alert-factory.ts';

const indicators = [
  indicator(),
  indicator({ id: 'HZL01', name: '万台特种设备事故率', category: '市场安全', recovery: 0.3 }),
];

function run(
  previous: Alert[],
  findings: Finding[],
  asOf: string,
  holding: Finding[] = [],
): TransitionResult {
  return transitionAlerts({
    previous,
    evaluation: evaluation(findings, holding),
    indicators,
    asOf,
    retentionDays: 90,
  });
}

function changeOf(r: TransitionResult, alertId: string): string | undefined {
  return r.changes.find((c) => c.alertId === alertId)?.kind;
}

describe('transitionAlerts', () => {
  it('turns a new finding into one firing alert with its fingerprint and the indicator name', () => {
    const r = run([], [finding()], '2024-03-01');
    const a = only(r.alerts, 'HZ02', 'pace');
    expect(a.alertId).toBe(alertFingerprint('HZ02', '湖州市', 'pace'));
    expect(a).toMatchObject({
      state: 'firing',
      indicator: '双随机监管事项占比',
      category: '营商环境',
      firstSeen: '2024-03-01',
    });
    expect(changeOf(r, a.alertId)).toBe('new');
  });

  it('updates the same row on the next check: same id, first seen kept, no duplicate', () => {
    const first = run([], [finding()], '2024-03-01');
    const second = run(first.alerts, [finding({ actual: 41 })], '2024-03-02');
    expect(second.alerts).toHaveLength(1);
    const a = only(second.alerts, 'HZ02', 'pace');
    expect(a).toMatchObject({
      firstSeen: '2024-03-01',
      lastEvaluated: '2024-03-02',
      actual: 41,
      lastChanged: '2024-03-01',
    });
    expect(changeOf(second, a.alertId)).toBe('unchanged');
  });

  it('marks behind → at_risk as worsened and stamps last changed', () => {
    const first = run([], [finding()], '2024-03-01');
    const second = run(
      first.alerts,
      [finding({ status: 'at_risk', severity: 'critical' })],
      '2024-03-05',
    );
    const a = only(second.alerts, 'HZ02', 'pace');
    expect(changeOf(second, a.alertId)).toBe('worsened');
    expect(a.lastChanged).toBe('2024-03-05');
  });

  it('resolves an alert whose rule no longer fires, keeping the planner columns', () => {
    const first = run([], [finding()], '2024-03-01');
    const acked = first.alerts.map((a) => ({
      ...a,
      planner: { action: '确认', ackBy: '李四', ackNote: '已督办', until: '' },
    }));
    const second = run(acked, [], '2024-04-01');
    const a = only(second.alerts, 'HZ02', 'pace');
    expect(a).toMatchObject({ state: 'resolved', resolvedAt: '2024-04-01' });
    expect(a.planner).toEqual({ action: '确认', ackBy: '李四', ackNote: '已督办', until: '' });
    expect(changeOf(second, a.alertId)).toBe('resolved');
  });

  it('drops a resolved alert once it is older than the retention window (90 days)', () => {
    const first = run([], [finding()], '2024-01-01');
    const resolved = run(first.alerts, [], '2024-01-02').alerts;
    expect(run(resolved, [], '2024-04-01').alerts).toHaveLength(1); // 90 days: kept
    expect(run(resolved, [], '2024-04-02').alerts).toHaveLength(0); // 91 days: dropped
  });

  it('reopens a resolved alert as a new episode when the rule fires again', () => {
    const first = run([], [finding()], '2024-01-01');
    const resolved = run(first.alerts, [], '2024-02-01').alerts;
    const again = run(resolved, [finding()], '2024-03-01');
    const a = only(again.alerts, 'HZ02', 'pace');
    expect(a).toMatchObject({ state: 'firing', firstSeen: '2024-03-01', resolvedAt: '' });
    expect(changeOf(again, a.alertId)).toBe('reopened');
  });

  it('starts a reopened alert unacknowledged, keeping the earlier acknowledgement as history in its row', () => {
    const first = run([], [finding({ rule: 'line', status: 'near_limit' })], '2024-01-01');
    const planner = { action: '确认', ackBy: '王五', ackNote: '已督办', until: '2024-12-31' };
    const acked = run(
      first.alerts.map((a) => ({ ...a, planner })),
      [finding({ rule: 'line', status: 'near_limit' })],
      '2024-01-02',
    );
    expect(only(acked.alerts, 'HZ02', 'line').state).toBe('acknowledged');
    const resolved = run(acked.alerts, [], '2024-02-01');
    expect(only(resolved.alerts, 'HZ02', 'line')).toMatchObject({ state: 'resolved', planner });
    const again = run(
      resolved.alerts,
      [finding({ rule: 'line', status: 'near_limit' })],
      '2024-03-01',
    );
    const a = only(again.alerts, 'HZ02', 'line');
    expect(a).toMatchObject({ state: 'firing', ackedStatus: '' });
    expect(a.planner).toMatchObject({ action: '', ackBy: '', until: '' });
    for (const kept of ['2024-02-01', '确认', '王五', '2024-12-31', '已督办'])
      expect(a.planner.ackNote).toContain(kept);
    // Nothing typed in the second episode: its history is carried as it was into the third.
    const third = run(
      run(again.alerts, [], '2024-04-01').alerts,
      [finding({ rule: 'line', status: 'near_limit' })],
      '2024-05-01',
    );
    expect(only(third.alerts, 'HZ02', 'line').planner.ackNote).toBe(a.planner.ackNote);
  });

  it('honours an acknowledgement until it expires, never rewriting what the planner typed', () => {
    const first = run([], [finding()], '2024-03-01');
    const planner = { action: '确认', ackBy: '王五', ackNote: '6月前整改', until: '2024-06-30' };
    const acked = first.alerts.map((a) => ({ ...a, planner }));
    const during = run(acked, [finding()], '2024-04-01');
    expect(only(during.alerts, 'HZ02', 'pace')).toMatchObject({
      state: 'acknowledged',
      ackedStatus: 'behind',
      planner,
    });
    const after = run(during.alerts, [finding()], '2024-07-01');
    expect(only(after.alerts, 'HZ02', 'pace')).toMatchObject({ state: 'firing', planner });
  });

  it('voids an acknowledgement when the alert worsens after it (behind → at_risk)', () => {
    const first = run([], [finding()], '2024-03-01');
    const acked = run(
      first.alerts.map((a) => ({
        ...a,
        planner: { action: '确认', ackBy: '王五', ackNote: '', until: '' },
      })),
      [finding()],
      '2024-03-02',
    );
    expect(only(acked.alerts, 'HZ02', 'pace').state).toBe('acknowledged');
    const worse = run(
      acked.alerts,
      [finding({ status: 'at_risk', severity: 'critical' })],
      '2024-03-03',
    );
    const a = only(worse.alerts, 'HZ02', 'pace');
    expect(a.state).toBe('firing');
    expect(a.planner.ackBy).toBe('王五');
  });

  it('silences until the typed date, then fires again', () => {
    const first = run([], [finding()], '2024-03-01');
    const silenced = first.alerts.map((a) => ({
      ...a,
      planner: { action: '静默', ackBy: '', ackNote: '', until: '2024-03-10' },
    }));
    expect(only(run(silenced, [finding()], '2024-03-10').alerts, 'HZ02', 'pace').state).toBe(
      'silenced',
    );
    expect(only(run(silenced, [finding()], '2024-03-11').alerts, 'HZ02', 'pace').state).toBe(
      'firing',
    );
  });

  it('keeps a line alert firing while it is held by its recovery line, and resolves it once past', () => {
    const breach = finding({
      id: 'HZL01',
      rule: 'line',
      status: 'breached',
      severity: 'critical',
      actual: 0.39,
    });
    const first = run([], [breach], '2024-03-01');
    const held = { ...breach, actual: 0.33, pastRecovery: false };
    const holding = run(first.alerts, [], '2025-03-01', [held]);
    const a = only(holding.alerts, 'HZL01', 'line');
    expect(a).toMatchObject({ state: 'firing', status: 'breached', actual: 0.33 });
    expect(a.message).toContain('恢复线');
    const past = run(holding.alerts, [], '2026-03-01');
    expect(only(past.alerts, 'HZL01', 'line').state).toBe('resolved');
  });

  it('does not raise a new alert for a finding that is only held', () => {
    const held = finding({
      id: 'HZL01',
      rule: 'line',
      status: 'breached',
      severity: 'critical',
      pastRecovery: false,
    });
    expect(run([], [], '2024-03-01', [held]).alerts).toHaveLength(0);
  });

  it('orders live alerts worst first and resolved last', () => {
    const r = run(
      [],
      [
        finding({ id: 'HZ02' }),
        finding({ id: 'HZL01', rule: 'line', status: 'breached', severity: 'critical' }),
      ],
      '2024-03-01',
    );
    expect(r.alerts.map((a) => a.id)).toEqual(['HZL01', 'HZ02']);
  });

  it('gives the same output for the same input', () => {
    const input = [
      finding(),
      finding({ id: 'HZL01', rule: 'line', status: 'breached', severity: 'critical' }),
    ];
    expect(run([], input, '2024-03-01')).toEqual(run([], input, '2024-03-01'));
  });
});
