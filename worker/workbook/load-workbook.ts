import ExcelJS from 'exceljs';
import type { Problem } from '../../shared/model/problem.ts';
import type { FileSnapshot, ReadBounds } from '../file-safety/file-snapshot.ts';
import { openPackage } from '../xlsx/open-package.ts';
import { DEFAULT_LIMITS } from '../xlsx/package-limits.ts';
import { forExceljs } from './exceljs-compat.ts';
import { guardPackage } from './package-guard.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { repairLoadedTables } from './table-location.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/** A workbook opened from disk (with the snapshot of the file it was read from), or why it could not be. */
export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook; name: string; snapshot: FileSnapshot }
  | { ok: false; name: string; problem: Problem };

/**
 * Opens an .xlsx (or .xlsm) with exceljs. Never throws for a bad file: a missing file, a
 * non-zip, an .xls, a password-protected or truncated workbook, a zip bomb and sheets
 * past the size limits each come back as a bilingual Problem — checked on the package
 * before exceljs inflates any of it.
 */
export async function loadWorkbook(path: string, bounds: ReadBounds = {}): Promise<LoadResult> {
  const opened = await openPackage(path, DEFAULT_LIMITS, bounds);
  if (!opened.ok) return opened;
  const { name, bytes, pkg, snapshot } = opened;
  const refused = guardPackage(name, pkg);
  if (refused) return { ok: false, name, problem: refused };
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = (await forExceljs(pkg)) ?? bytes;
    // exceljs types its input as an ArrayBuffer; a copy keeps Node's pooled Buffer out of it.
    await workbook.xlsx.load(new Uint8Array(readable).buffer);
  } catch (err) {
    return {
      ok: false,
      name,
      problem: workbookProblem(
        'workbook.unreadable',
        { workbook: name },
        { reason: reasonOf(err) },
      ),
    };
  }
  repairLoadedTables(workbook);
  return { ok: true, workbook, name, snapshot };
}
