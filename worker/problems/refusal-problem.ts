import { basename } from 'node:path';
import type { Problem } from '../../shared/model/problem.ts';
import type { Refusal } from '../file-safety/safe-replace.ts';
import { workbookProblem } from './workbook-problem.ts';

/**
 * Why a workbook was left unwritten (open in Excel, WPS or LibreOffice, or read-only), in
 * the words of what was not done: a check's results wait for the next run (a warning:
 * the check itself ran and was reported), an import's rows were not added (an error).
 */
export function refusalProblem(
  workbook: string,
  refusal: Refusal,
  by: 'check' | 'import',
): Problem {
  const place = { workbook, value: basename(refusal.file) };
  if (refusal.reason === 'open') {
    const params = { file: refusal.file, program: refusal.program };
    return by === 'check'
      ? workbookProblem('workbook.open_elsewhere', place, params, 'warning')
      : workbookProblem('import.workbook_open', place, params);
  }
  const params = { file: refusal.file };
  return by === 'check'
    ? workbookProblem('workbook.read_only', place, params, 'warning')
    : workbookProblem('import.workbook_read_only', place, params);
}
