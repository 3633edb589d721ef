import type { Problem } from '../../shared/model/problem.ts';
import type { Alert } from '../../shared/model/alert.ts';
import { readAlerts } from '../../shared/rows/alerts.ts';
import { main } from '../../worker/cli/main.ts';
import { readWorkbookGrids } from '../../worker/workbook/read-workbook.ts';
import { captureOutput } from './capture-output.ts';

/** Runs the CLI in this process, as `kpi-sentinel …` would, and keeps what it printed. */
export async function runCli(...argv: string[]): Promise<{ code: number; text: string }> {
  const o = captureOutput();
  const code = await main(argv, o);
  return { code, text: o.text() };
}

/** The Alerts table of a workbook as the worker reads it back, with any row it could not read. */
export async function alertsTable(path: string): Promise<{ items: Alert[]; problems: Problem[] }> {
  const read = await readWorkbookGrids(path);
  if (!read.ok || !read.grids.Alerts) throw new Error('workbook has no Alerts table');
  return readAlerts(read.grids.Alerts);
}
