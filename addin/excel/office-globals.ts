/**
 * The office.js globals as the gateway finds them on the page, checked before use: `Office`
 * (ready signal, display language, document URL) and `Excel` (its `run`). Nothing here calls
 * them; excel-gateway.ts does.
 */
import type { XlContext } from './excel-api.ts';

export interface OfficeGlobal {
  onReady(): Promise<{ host?: unknown } | null | undefined>;
  context?: { displayLanguage?: unknown; document?: { url?: unknown } };
}

export interface ExcelGlobal {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
}

export function isOfficeGlobal(x: unknown): x is OfficeGlobal {
  return typeof x === 'object' && x !== null && 'onReady' in x && typeof x.onReady === 'function';
}

export function isExcelGlobal(x: unknown): x is ExcelGlobal {
  return typeof x === 'object' && x !== null && 'run' in x && typeof x.run === 'function';
}

/** `https://…/Shared%20Documents/plan.xlsx` or `C:\plans\plan.xlsx` → `plan.xlsx`. */
export function fileName(url: string): string {
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
