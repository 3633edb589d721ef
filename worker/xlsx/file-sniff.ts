import type { Problem } from '../../shared/model/problem.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: old .xls, and also the wrapper Excel puts around an encrypted .xlsx. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Tells from the first bytes what a file that is not an .xlsx is, so the message can say
 * so: an old .xls, a password-protected workbook, or something else altogether. Null
 * when the file starts like a ZIP (an .xlsx or .xlsm).
 */
export function sniffWorkbook(bytes: Buffer, name: string): Problem | null {
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    const code = bytes.includes(ENCRYPTION_INFO) ? 'workbook.encrypted' : 'workbook.xls';
    return workbookProblem(code, { workbook: name });
  }
  const head = bytes.subarray(0, 4);
  if (head.equals(ZIP) || head.equals(EMPTY_ZIP)) return null;
  return workbookProblem('workbook.not_xlsx', { workbook: name });
}
