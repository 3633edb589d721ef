import {
  writeBack,
  type Results,
  type WriteBackOptions,
  type WriteBackOutcome,
} from './write-back.ts';

export type { Results, WriteBackOptions, WriteBackOutcome } from './write-back.ts';

/**
 * Replaces the contents of the Alerts and Status tables with the results of a check,
 * growing or shrinking each table to fit, and creates either table on a sheet of its
 * own when the workbook lacks it. Written by the lossless writer (worker/write-back/):
 * every other part of the workbook stays byte for byte as it was, the previous version
 * is kept in `.kpi-sentinel/backups/`, and nothing is written when the file changed
 * since `options.expected` (the outcome then says so, and the caller redoes the check).
 * Rejects with a WorkbookError when the file cannot be read or written.
 */
export async function writeResults(
  path: string,
  results: Results,
  options: WriteBackOptions = {},
): Promise<WriteBackOutcome> {
  return writeBack(path, results, options);
}
