/**
 * What the importer asks the planner, and what it tells them. A question is about
 * something the table leaves open (an unexplained mark, an ambiguous direction); the
 * row's cell it concerns is written as `待确认 to confirm` so the check refuses the row
 * instead of guessing, until the planner answers on the command line or edits the cell.
 * A notice is something the importer did that the planner should know (a 合计 row left out).
 */
import { label, type Bilingual } from '../i18n/messages.ts';

/** An open question about one row (or, with row 0, the whole table). */
export interface PlanQuestion {
  /** Source row (sheet row, CSV record, text line); 0 for the whole table. */
  row: number;
  /** The Indicators column the answer fills (`direction`, `kind`, …), or `marker`. */
  column: string;
  /** The text that raised the question (a name, a cell, a mark). */
  text: string;
  message: Bilingual;
  /** How to answer on the command line: `17.direction=higher|lower|band`. */
  answer: string;
  /** The row's 序号 in the table, when it has one. */
  seq: number | null;
  /**
   * What names the question's rows in an answer: `3` (序号), `row17` (file row), `progress`;
   * '' for the whole table or a mark. The answer is `{key}.{column}={value}` (`{mark}={value}` for a mark).
   */
  key: string;
  /** The values a control may offer (`higher`, `lower`, `band`); empty when the answer is typed. */
  choices: string[];
}

/** The answer text for a question and a chosen value: `3.direction=lower`, `△=note`, `targetYear=2025`. */
export function answerText(q: PlanQuestion, value: string): string {
  if (q.column === 'marker') return `${q.text}=${value}`;
  return q.key === '' ? `${q.column}=${value}` : `${q.key}.${q.column}=${value}`;
}

/** Something the importer did that the planner should know; nothing to answer. */
export interface PlanNotice {
  row: number;
  column: string;
  text: string;
  message: Bilingual;
}

/** The cell text of an unanswered question: the contract readers reject it, naming the row. */
export function toConfirm(): string {
  return label('import.plan.to_confirm');
}
