/**
 * Tells a published plan table from contract-format rows. Contract files start with a
 * header the contract knows (`编号 ID | 指标名称 Indicator | … | 基期值 Baseline`); a
 * published table has a title or a header of its own (`序号 | 指标名称 | 2020年 | 2025年`).
 * A header that looks like Indicators but carries year columns the contract has no place
 * for (`编号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性`) is a published table.
 */
import { detectTable, matchHeaders } from '../contract/header-match.ts';
import { INDICATORS, type TableName } from '../contract/tables.ts';
import { findPlanHeader } from './plan-header.ts';
import { isBlankRow, type TextRow } from './text-grid.ts';

export type TableFormat = { format: 'contract'; table: TableName } | { format: 'plan' };

/** The format of rows whose first non-blank row is their header (as CSV and sheets give them). */
export function tellTableFormat(rows: readonly TextRow[]): TableFormat {
  const first = rows.find((r) => !isBlankRow(r));
  if (!first) return { format: 'plan' };
  const table = detectTable(first.cells);
  if (table === null) return { format: 'plan' };
  if (table !== 'Indicators') return { format: 'contract', table };
  const contract = new Set(matchHeaders(first.cells, INDICATORS).columns.values());
  const plan = findPlanHeader([first], 1);
  const figures =
    plan?.columns.filter((c) => ['baseline', 'target', 'milestone'].includes(c.role)) ?? [];
  return figures.some((c) => !contract.has(c.index))
    ? { format: 'plan' }
    : { format: 'contract', table };
}
