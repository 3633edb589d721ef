import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { Problem } from '../../shared/model/problem.ts';
import { reasonOf, workbookProblem } from './workbook-problem.ts';
import { repairLoadedTables } from './table-location.ts';

/** A workbook opened from disk, or why it could not be. */
export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook; name: string }
  | { ok: false; name: string; problem: Problem };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: old .xls, and also the wrapper Excel puts around an encrypted .xlsx. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Opens an .xlsx with exceljs. Never throws for a bad file: a missing file, a non-zip,
 * an .xls or a password-protected workbook each come back as a bilingual Problem.
 */
export async function loadWorkbook(path: string): Promise<LoadResult> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const missing = err instanceof Error && 'code' in err && err.code === 'ENOENT';
    const problem = missing
      ? workbookProblem('workbook.not_found', { workbook: path })
      : workbookProblem('workbook.unreadable', { workbook: name }, { reason: reasonOf(err) });
    return { ok: false, name, problem };
  }
  const sniffed = sniff(bytes, name);
  if (sniffed) return { ok: false, name, problem: sniffed };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy keeps Node's pooled Buffer out of it.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (err) {
    return { ok: false, name, problem: workbookProblem('workbook.unreadable', { workbook: name }, { reason: reasonOf(err) }) };
  }
  repairLoadedTables(workbook);
  return { ok: true, workbook, name };
}

/** Tells from the first bytes what a file that is not an .xlsx is, so the message can say so. */
function sniff(bytes: Buffer, name: string): Problem | null {
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    const code = bytes.includes(ENCRYPTION_INFO) ? 'workbook.encrypted' : 'workbook.xls';
    return workbookProblem(code, { workbook: name });
  }
  const head = bytes.subarray(0, 4);
  if (head.equals(ZIP) || head.equals(EMPTY_ZIP)) return null;
  return workbookProblem('workbook.not_xlsx', { workbook: name });
}
