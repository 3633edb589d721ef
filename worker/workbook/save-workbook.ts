import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';

/**
 * Saves a workbook without ever leaving a half-written file at `path`: it is written to
 * a temp file beside the target (same folder, so the rename stays on one file system)
 * and renamed over it.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
