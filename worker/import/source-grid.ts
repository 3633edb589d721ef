import type { Grid } from '../../shared/contract/grid.ts';
import type { Problem } from '../../shared/model/problem.ts';

/** An import source read into a Grid, or why it could not be read. */
export type SourceGrid = { ok: true; grid: Grid } | { ok: false; problem: Problem };
