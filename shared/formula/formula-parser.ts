/**
 * Reads a rate formula over named measures — `accidents / units * 10000`,
 * `(a + b) / 2`, `事故起数 / 设备台数 * 10000` — into a FormulaNode tree.
 *
 * Grammar (usual precedence, left-associative):
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := '-' unary | primary
 *   primary := number | measure | '(' expr ')'
 * Full-width characters (`（ａ＋ｂ）／２`), `×`, `÷` and `−` are read as their ASCII
 * operators, and a leading `=` (typed out of Excel habit) is allowed. Nothing is ever
 * executed: the tree is only walked by formula-evaluate.ts.
 */
import { t, type MessageKey } from '../i18n/messages.ts';
import type { Formula, FormulaNode, FormulaOperator } from './formula-ast.ts';
import type { FormulaError, FormulaErrorCode, FormulaResult } from './formula-error.ts';

/** One lexical unit of a formula, with its 1-based character position. */
export type FormulaToken =
  | { kind: 'number'; value: number; text: string; position: number }
  | { kind: 'measure'; name: string; position: number }
  | { kind: 'operator'; operator: FormulaOperator; position: number }
  | { kind: 'open' | 'close'; position: number }
  | { kind: 'end'; position: number };

/** Deeper nesting than this is refused, so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 64;

/** Characters NFKC leaves alone that planners still use as operators. */
const EXTRA_OPERATORS: Record<string, string> = { '×': '*', '÷': '/', '−': '-' };

const HAN = /\p{Script=Han}/u;

function normaliseChar(ch: string): string {
  const mapped = EXTRA_OPERATORS[ch];
  if (mapped !== undefined) return mapped;
  const n = ch.normalize('NFKC');
  // A character that expands to several (e.g. `㎡`) is kept as is and rejected later.
  return Array.from(n).length === 1 ? n : ch;
}

function isMeasureStart(ch: string): boolean {
  return /^[A-Za-z_]$/.test(ch) || HAN.test(ch);
}

function isMeasurePart(ch: string): boolean {
  return /^[A-Za-z0-9_]$/.test(ch) || HAN.test(ch);
}

function failure<T>(
  code: FormulaErrorCode,
  source: string,
  position: number,
  found = '',
): FormulaResult<T> {
  const error: FormulaError = {
    code,
    position,
    message: t(code satisfies MessageKey, { formula: source, position, found }),
  };
  return { ok: false, error };
}

/** Splits a formula into tokens; positions are 1-based characters of the original text. */
export function tokenizeFormula(source: string): FormulaResult<FormulaToken[]> {
  const original = Array.from(source);
  const chars = original.map(normaliseChar);
  const tokens: FormulaToken[] = [];
  let i = 0;
  let sawContent = false;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const position = i + 1;
    if (/^\s$/u.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '=' && !sawContent) {
      sawContent = true;
      i += 1;
      continue;
    }
    sawContent = true;
    if (/^[0-9.]$/.test(ch)) {
      let text = '';
      for (let c = chars[i]; c !== undefined && /^[0-9.]$/.test(c); c = chars[i]) {
        text += c;
        i += 1;
      }
      if (!/^\d+(\.\d+)?$/.test(text)) return failure('formula.bad_number', source, position, text);
      tokens.push({ kind: 'number', value: Number(text), text, position });
      continue;
    }
    if (isMeasureStart(ch)) {
      let name = '';
      for (let c = chars[i]; c !== undefined && isMeasurePart(c); c = chars[i]) {
        name += c;
        i += 1;
      }
      tokens.push({ kind: 'measure', name, position });
      continue;
    }
    if (ch === '+' || ch === '-' || ch === '*' || ch === '/') {
      tokens.push({ kind: 'operator', operator: ch, position });
    } else if (ch === '(') {
      tokens.push({ kind: 'open', position });
    } else if (ch === ')') {
      tokens.push({ kind: 'close', position });
    } else {
      return failure('formula.unexpected_char', source, position, original[i] ?? ch);
    }
    i += 1;
  }
  tokens.push({ kind: 'end', position: chars.length + 1 });
  return { ok: true, value: tokens };
}

function describe(token: FormulaToken): string {
  switch (token.kind) {
    case 'number':
      return token.text;
    case 'measure':
      return token.name;
    case 'operator':
      return token.operator;
    case 'open':
      return '(';
    case 'close':
      return ')';
    case 'end':
      return '';
  }
}

type Parsed = FormulaResult<FormulaNode>;

/** Recursive descent over the tokens; every step returns a result, so errors stay values. */
class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: FormulaToken[],
  ) {}

  parse(): Parsed {
    const first = this.peek();
    if (first.kind === 'end') return this.fail('formula.empty', first.position);
    const node = this.expression();
    if (!node.ok) return node;
    const rest = this.peek();
    if (rest.kind === 'close') return this.fail('formula.unmatched_close', rest.position, ')');
    if (rest.kind !== 'end')
      return this.fail('formula.expected_operator', rest.position, describe(rest));
    return node;
  }

  private peek(): FormulaToken {
    return this.tokens[this.index] ?? { kind: 'end', position: 0 };
  }

  private fail(code: FormulaErrorCode, position: number, found = ''): Parsed {
    return failure(code, this.source, position, found);
  }

  /** Left-associative chain of `operand (op operand)*` for the given operators. */
  private chain(operators: readonly FormulaOperator[], operand: () => Parsed): Parsed {
    let left = operand();
    for (let token = this.peek(); left.ok; token = this.peek()) {
      if (token.kind !== 'operator' || !operators.includes(token.operator)) break;
      this.index += 1;
      const right = operand();
      if (!right.ok) return right;
      const { operator, position } = token;
      left = {
        ok: true,
        value: { type: 'binary', operator, left: left.value, right: right.value, position },
      };
    }
    return left;
  }

  private expression(): Parsed {
    return this.chain(['+', '-'], () => this.term());
  }

  private term(): Parsed {
    return this.chain(['*', '/'], () => this.unary());
  }

  private unary(): Parsed {
    const token = this.peek();
    if (this.depth >= MAX_DEPTH)
      return this.fail('formula.too_deep', token.position, describe(token));
    this.depth += 1;
    let node: Parsed;
    if (token.kind === 'operator' && token.operator === '-') {
      this.index += 1;
      const operand = this.unary();
      node = operand.ok
        ? { ok: true, value: { type: 'negate', operand: operand.value, position: token.position } }
        : operand;
    } else {
      node = this.primary();
    }
    this.depth -= 1;
    return node;
  }

  private primary(): Parsed {
    const token = this.peek();
    switch (token.kind) {
      case 'number':
        this.index += 1;
        return {
          ok: true,
          value: { type: 'number', value: token.value, position: token.position },
        };
      case 'measure':
        this.index += 1;
        return { ok: true, value: { type: 'measure', name: token.name, position: token.position } };
      case 'open': {
        this.index += 1;
        const inner = this.expression();
        if (!inner.ok) return inner;
        const close = this.peek();
        if (close.kind === 'end') return this.fail('formula.unclosed_paren', token.position, '(');
        if (close.kind !== 'close')
          return this.fail('formula.expected_operator', close.position, describe(close));
        this.index += 1;
        return inner;
      }
      case 'operator':
      case 'close':
      case 'end':
        return this.fail('formula.expected_operand', token.position, describe(token));
    }
  }
}

/** Parses formula text; errors are values naming the 1-based character position. */
export function parseFormula(source: string): FormulaResult<Formula> {
  const tokens = tokenizeFormula(source);
  if (!tokens.ok) return tokens;
  const ast = new Parser(source, tokens.value).parse();
  return ast.ok ? { ok: true, value: { source, ast: ast.value } } : ast;
}
