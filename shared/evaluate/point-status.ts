/**
 * The status of an indicator × region at one reported period: its line state, its pace
 * status and whether it is achieved, combined by precedence (docs/architecture.md §4.5).
 */
import type { Line } from '../model/line.ts';
import type { Status } from '../model/status.ts';
import { isAchieved } from './achieved.ts';
import { lineState, type LineState } from './line.ts';
import { paceAt, paceStatus, type Pace, type PaceContext } from './pace.ts';
import type { SeriesPoint } from './series.ts';
import { strongestStatus } from './status-precedence.ts';

export type PaceStatus = 'achieved' | 'on_track' | 'behind' | 'at_risk';

export interface PointStatus {
  /** null for `threshold` indicators. */
  pace: Pace | null;
  /** null when there is no pace or it cannot be computed (and the target is not reached). */
  paceStatus: PaceStatus | null;
  /** null when no line applies. */
  lineState: LineState | null;
  status: Status;
}

export interface PointContext extends PaceContext {
  /** The line checked (lineFor), null when none applies. */
  line: Line | null;
  /** Gap (pp) up to which pace is `behind`. */
  behindMaxPp: number;
}

/** Assesses points[index]. */
export function pointStatus(
  ctx: PointContext,
  points: readonly SeriesPoint[],
  index: number,
): PointStatus {
  const point = points[index];
  const pace = paceAt(ctx, points, index);
  const state =
    ctx.line !== null && point !== undefined
      ? lineState(ctx.line, ctx.indicator.warning, point.value)
      : null;
  let pStatus: PaceStatus | null = null;
  if (point !== undefined && isAchieved(ctx.indicator, ctx.figures, pace, point.period))
    pStatus = 'achieved';
  else if (pace !== null && pace.gap !== null) pStatus = paceStatus(pace.gap, ctx.behindMaxPp);
  const candidates: Status[] = [];
  if (state === 'breached' || state === 'near_limit') candidates.push(state);
  if (state === 'holds') candidates.push('on_track');
  if (pStatus !== null) candidates.push(pStatus);
  return {
    pace,
    paceStatus: pStatus,
    lineState: state,
    status: strongestStatus(candidates) ?? 'no_baseline',
  };
}
