import type { Bilingual } from '../i18n/messages.ts';

/**
 * Something wrong with what a user gave us, as a value (never a thrown string).
 * Names where it is (workbook, sheet, row, column) and the bad value.
 */
export interface Problem {
  workbook: string;
  sheet: string;
  /** 1-based sheet row; 0 when the problem is not about one row. */
  row: number;
  column: string;
  /** Sheet column letter of the cell (`K`), when known: lets the add-in select the cell. */
  columnLetter?: string;
  value: string;
  code: string;
  message: Bilingual;
  /** `error`: the row was dropped; `warning`: the row was kept. */
  level: 'error' | 'warning';
}
