import type { CellValue } from './grid.ts';

/** One table row keyed by canonical column key (see tables.ts). */
export type TemplateRow = Record<string, CellValue>;

/**
 * What `init` fills a new workbook with: the planner-owned tables' rows.
 * `blank` has Settings rows only; `huzhou-14th-fyp` comes from seeds/.
 */
export interface WorkbookTemplate {
  name: string;
  indicators: TemplateRow[];
  milestones: TemplateRow[];
  actuals: TemplateRow[];
  settings: TemplateRow[];
  recipients: TemplateRow[];
}
