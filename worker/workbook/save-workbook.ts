import type ExcelJS from 'exceljs';
import { writeFileAtomic } from '../file-safety/write-atomic.ts';

/**
 * Saves a workbook without ever leaving a half-written file at `path`: the bytes go to a
 * temp file beside the target and are renamed over it (writeFileAtomic).
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(path, Buffer.from(bytes));
}
