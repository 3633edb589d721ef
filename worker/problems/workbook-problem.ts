import { t, type MessageKey, type Params } from '../../shared/i18n/messages.ts';
import type { Problem } from '../../shared/model/problem.ts';

/** Where a workbook-level problem sits; row 0 and empty column/value mean "the whole file or table". */
export interface ProblemPlace {
  workbook: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
}

/**
 * A Problem about a file or table rather than a cell. The message gets `workbook` and
 * `sheet` as parameters too, so templates can name them.
 */
export function workbookProblem(
  code: MessageKey,
  place: ProblemPlace,
  params: Params = {},
  level: Problem['level'] = 'error',
): Problem {
  return {
    workbook: place.workbook,
    sheet: place.sheet ?? '',
    row: place.row ?? 0,
    column: place.column ?? '',
    value: place.value ?? '',
    code,
    message: t(code, { workbook: place.workbook, sheet: place.sheet ?? '', ...params }),
    level,
  };
}
