import type { Alert } from '../../shared/model/alert.ts';
import type { Evaluation, Finding } from '../../shared/model/finding.ts';
import type { Indicator } from '../../shared/model/indicator.ts';
import { indicator as engineIndicator } from '../shared/evaluate/factory.ts';

/** The engine tests' indicator builder, as 双随机监管事项占比 (HZ02, 15 % → 65 %). */
export function indicator(over: Partial<Indicator> = {}): Indicator {
  return engineIndicator({
    id: 'HZ02',
    category: '营商环境',
    name: '双随机监管事项占比',
    unit: '%',
    baseline: 15,
    target: 65,
    owner: '执法稽查处',
    ...over,
  });
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'HZ02',
    region: '湖州市',
    rule: 'pace',
    status: 'behind',
    severity: 'warning',
    period: '2023',
    actual: 40,
    expected: 45,
    target: 65,
    gap: 5,
    message: { zh: '滞后', en: 'behind' },
    ...over,
  };
}

export function evaluation(findings: Finding[], holding: Finding[] = []): Evaluation {
  return { asOf: '2024-03-01', statuses: [], findings, holding, owed: [], estimatedYears: [] };
}

/** Reads back the one alert a transition produced for an indicator + rule. */
export function only(alerts: Alert[], id: string, rule: string): Alert {
  const found = alerts.filter((a) => a.id === id && a.rule === rule);
  if (found.length !== 1) throw new Error(`expected one ${id}/${rule} alert, got ${found.length}`);
  const [a] = found;
  if (!a) throw new Error('unreachable');
  return a;
}
