import type { Bilingual } from '../i18n/messages.ts';

/** Why a formula could not be read or computed. */
export type FormulaErrorCode =
  | 'formula.empty'
  | 'formula.unexpected_char'
  | 'formula.bad_number'
  | 'formula.expected_operand'
  | 'formula.expected_operator'
  | 'formula.unclosed_paren'
  | 'formula.unmatched_close'
  | 'formula.too_deep'
  | 'formula.unknown_measure'
  | 'formula.missing_value'
  | 'formula.division_by_zero'
  | 'formula.not_finite';

/** A formula problem as a value: what, where (1-based character; 0 = not one place), in both languages. */
export interface FormulaError {
  code: FormulaErrorCode;
  position: number;
  /** The measure concerned, for `unknown_measure` / `missing_value`. */
  measure?: string;
  message: Bilingual;
}

/** Success with a value, or a FormulaError — never a thrown exception, never NaN. */
export type FormulaResult<T> = { ok: true; value: T } | { ok: false; error: FormulaError };
