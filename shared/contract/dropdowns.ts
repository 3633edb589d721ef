import { label } from '../i18n/messages.ts';
import type { TableName } from './tables.ts';

/**
 * Dropdown choices a new plan workbook offers per table column (`init` in the worker,
 * `New plan` in the add-in), spelled the way the row readers accept them
 * (shared/parse/enum-values.ts). The lists guide rather than forbid: readers also take
 * synonyms (`binding`, `*`, `Y`), so the validation only warns.
 */
export const DROPDOWNS: Partial<Record<TableName, Record<string, readonly string[]>>> = {
  Indicators: {
    kind: ['约束性', '预期性'],
    aggregation: [
      '存量 level',
      '累加值 cumulative',
      '每年新增 annual',
      '阈值 threshold',
      '年均增长 growth',
    ],
    direction: ['越高越好', '越低越好', '区间'],
    frequency: ['年', '季', '月'],
  },
  Recipients: {
    minSeverity: [label('severity.critical'), label('severity.warning'), label('severity.info')],
    language: ['zh-CN', 'en', 'zh-CN+en'],
    purpose: ['汇总 digest', '催报 reminder', '汇总+催报 digest+reminder'],
  },
  Alerts: {
    action: ['确认', '静默'],
  },
};

/** Excel's list validation formula: `"a,b,c"`. */
export function listFormula(choices: readonly string[]): string {
  return `"${choices.join(',')}"`;
}

/** The choices as office-js takes a list validation's source: `a,b,c`. */
export function listSource(choices: readonly string[]): string {
  return choices.join(',');
}
