import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../shared/model/indicator.ts';
import { STATUSES, type Severity, type Status } from '../../../shared/model/status.ts';
import { severityFor } from '../../../shared/evaluate/severity.ts';

/** docs/architecture.md §4.9, written out: [status, binding, expected]. */
const TABLE: [Status, Severity, Severity][] = [
  ['breached', 'critical', 'critical'],
  ['at_risk', 'critical', 'warning'],
  ['forecast_miss', 'critical', 'warning'],
  ['behind', 'warning', 'info'],
  ['near_limit', 'warning', 'warning'],
  ['no_data', 'warning', 'warning'],
  ['inconsistent', 'info', 'info'],
  ['no_baseline', 'info', 'info'],
  ['achieved', 'info', 'info'],
  ['on_track', 'info', 'info'],
];

describe('severityFor', () => {
  it.each(
    TABLE.flatMap(([status, binding, expected]): [Status, Kind, Severity][] => [
      [status, 'binding', binding],
      [status, 'expected', expected],
    ]),
  )('%s on a %s indicator is %s', (status, kind, severity) => {
    expect(severityFor(status, kind)).toBe(severity);
  });

  it('covers every status', () => {
    expect(TABLE.map(([s]) => s).sort()).toEqual([...STATUSES].sort());
  });
});
