/**
 * Computes a parsed rate formula from the measures reported for one period. A measure the
 * record lacks, an empty measure, a division by zero or an overflow is an error value:
 * the result is a finite number or a FormulaError, never NaN or Infinity.
 */
import { t } from '../i18n/messages.ts';
import type { Formula, FormulaNode } from './formula-ast.ts';
import type { FormulaErrorCode, FormulaResult } from './formula-error.ts';

/**
 * Measure values by name. A name that is absent is an unknown measure; a name present
 * with null/undefined (or a non-finite number) is a measure whose value is missing.
 */
export type MeasureValues = Readonly<Record<string, number | null | undefined>>;

type Computed = FormulaResult<number>;

function failure(
  code: FormulaErrorCode,
  formula: Formula,
  position: number,
  measure = '',
): Computed {
  const message = t(code, { formula: formula.source, position, found: measure, measure });
  return {
    ok: false,
    error: measure ? { code, position, measure, message } : { code, position, message },
  };
}

/** Evaluates a formula against measure values. */
export function evaluateFormula(formula: Formula, values: MeasureValues): Computed {
  const visit = (node: FormulaNode): Computed => {
    switch (node.type) {
      case 'number':
        return { ok: true, value: node.value };
      case 'measure': {
        if (!Object.prototype.hasOwnProperty.call(values, node.name)) {
          return failure('formula.unknown_measure', formula, node.position, node.name);
        }
        const v = values[node.name];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          return failure('formula.missing_value', formula, node.position, node.name);
        }
        return { ok: true, value: v };
      }
      case 'negate': {
        const operand = visit(node.operand);
        return operand.ok ? { ok: true, value: 0 - operand.value } : operand;
      }
      case 'binary': {
        const left = visit(node.left);
        if (!left.ok) return left;
        const right = visit(node.right);
        if (!right.ok) return right;
        if (node.operator === '/' && right.value === 0) {
          return failure('formula.division_by_zero', formula, node.position);
        }
        const value = apply(node.operator, left.value, right.value);
        if (!Number.isFinite(value)) return failure('formula.not_finite', formula, node.position);
        return { ok: true, value };
      }
    }
  };
  return visit(formula.ast);
}

function apply(operator: '+' | '-' | '*' | '/', a: number, b: number): number {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
  }
}
