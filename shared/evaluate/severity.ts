/**
 * Who hears about a status (docs/architecture.md §4.9): breached is critical; at_risk and
 * forecast_miss are critical on a binding (约束性) indicator and a warning on an expected (预期性) one;
 * behind is a warning when binding, info when expected; near_limit and no_data are warnings;
 * inconsistent, no_baseline, achieved and on_track are info.
 */
import type { Kind } from '../model/indicator.ts';
import type { Severity, Status } from '../model/status.ts';
import { STATUS_TABLE } from '../model/status-table.ts';

export function severityFor(status: Status, kind: Kind): Severity {
  return STATUS_TABLE[status].severity[kind];
}
