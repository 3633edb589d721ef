/**
 * A baseline or target cell of a plan table, read with the contract's own parsers
 * (shared/parse/target-text.ts, number-text.ts): `600`, `98.5%以上`, `低于0.36`,
 * `控制在0.25以内`, `1个工作日内`, `每年新增300家`, `年均增长8%以上`, `持续提升`, `/`, `—`,
 * after its footnote marks are taken off (`44*`, `〔300〕`).
 */
import type { CellValue } from '../contract/grid.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import { inUnit } from '../parse/number-text.ts';
import { parseTargetText, type TargetResult } from '../parse/target-text.ts';
import { splitCellMarks } from './markers.ts';
import { isUnitText } from './name-unit.ts';

/** A successful target-text reading. */
export type FigureReading = Extract<TargetResult, { ok: true }>;

/** A figure cell: empty, "none" (`/`, `—`), read, or not readable. */
export type FigureCell =
  | { state: 'empty'; marks: string[] }
  | { state: 'none'; text: string; marks: string[] }
  | { state: 'read'; text: string; reading: FigureReading; marks: string[] }
  | { state: 'unreadable'; text: string; marks: string[]; message: Bilingual };

/** Reads a cell's text; the marks are kept apart, the rest goes to the target-text parser. */
export function readFigureCell(raw: string): FigureCell {
  const { text, marks } = splitCellMarks(raw);
  if (text === '') return { state: 'empty', marks };
  const reading = parseTargetText(text);
  // The parser takes any trailing text for a unit; in a table cell `2025年底前完成` is not 2025 `年底前完成`.
  if (reading.ok && reading.unit !== '' && !isUnitText(reading.unit)) {
    return {
      state: 'unreadable',
      text,
      marks,
      message: t('parse.target.invalid', { value: text }),
    };
  }
  if (reading.ok) return { state: 'read', text, reading, marks };
  if (reading.reason === 'none') return { state: 'none', text, marks };
  if (reading.reason === 'empty') return { state: 'empty', marks };
  return { state: 'unreadable', text, marks, message: reading.message };
}

/** True when the figure is a bare number (`57`, `57万户`, `9.9`): no line, no wording. */
export function isPlainFigure(r: FigureReading): boolean {
  return r.value !== null && r.line === null && r.aggregationHint === null && !r.qualitative;
}

/** The number a figure stands for in the indicator's unit (`57万` is 57 for `万户`); null when none. */
export function figureNumber(cell: FigureCell, unit: string): number | null {
  if (cell.state !== 'read' || cell.reading.value === null) return null;
  return inUnit(cell.reading.value, cell.reading.multiplier, unit);
}

/**
 * What goes into the Indicators baseline cell: the number in the indicator's unit, the
 * "none" text as printed (`/`), or null for an empty cell. The contract reads baselines
 * as numbers, so a worded baseline (`3个工作日`) is written as its number.
 */
export function baselineCellValue(cell: FigureCell, unit: string): CellValue {
  if (cell.state === 'none') return cell.text;
  return figureNumber(cell, unit);
}

/**
 * What goes into the Indicators target cell: a bare figure as its number in the
 * indicator's unit; a target with words (`98.5%以上`, `每年新增300家`, `持续提升`) as the
 * text without its marks, which the contract reads the same way; `/` as printed.
 */
export function targetCellValue(cell: FigureCell, unit: string): CellValue {
  if (cell.state === 'none' || cell.state === 'unreadable') return cell.text;
  if (cell.state === 'empty') return null;
  return isPlainFigure(cell.reading) ? figureNumber(cell, unit) : cell.text;
}
