import type { Problem } from '../model/problem.ts';

/**
 * What a table reader returns: the rows it could read, and a problem for everything it
 * could not (an `error` row was dropped) or had to assume (a `warning` row was kept).
 */
export interface RowsResult<T> {
  items: T[];
  problems: Problem[];
}
