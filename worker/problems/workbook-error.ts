import { bilingualLine } from '../../shared/i18n/messages.ts';
import type { Problem } from '../../shared/model/problem.ts';

/**
 * A workbook that could not be read or written, for functions whose callers expect a
 * promise of nothing (write-back). Carries the bilingual Problem; `message` is its
 * Chinese / English line.
 */
export class WorkbookError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(bilingualLine(problem.message));
    this.name = 'WorkbookError';
    this.problem = problem;
  }
}
