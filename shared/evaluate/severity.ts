/**
 * Who hears about a status (docs/architecture.md §4.9): breached is critical; at_risk and
 * forecast_miss are critical on a binding (约束性) indicator and a warning on an expected (预期性) one;
 * behind is a warning when binding, info when expected; near_limit and no_data are warnings;
 * inconsistent, no_baseline, achieved and on_track are info.
 */
import type { Kind } from '../model/indicator.ts';
import type { Severity, Status } from '../model/status.ts';

export function severityFor(status: Status, kind: Kind): Severity {
  switch (status) {
    case 'breached':
      return 'critical';
    case 'at_risk':
    case 'forecast_miss':
      return kind === 'binding' ? 'critical' : 'warning';
    case 'behind':
      return kind === 'binding' ? 'warning' : 'info';
    case 'near_limit':
    case 'no_data':
      return 'warning';
    case 'inconsistent':
    case 'no_baseline':
    case 'achieved':
    case 'on_track':
      return 'info';
  }
}
