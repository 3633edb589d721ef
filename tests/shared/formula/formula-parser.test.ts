import { describe, expect, it } from 'vitest';
import type { FormulaNode } from '../../../shared/formula/formula-ast.ts';
import type { FormulaErrorCode } from '../../../shared/formula/formula-error.ts';
import { parseFormula, tokenizeFormula } from '../../../shared/formula/formula-parser.ts';

/** Renders a tree fully parenthesised, so precedence and associativity are visible. */
function show(node: FormulaNode): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'measure':
      return node.name;
    case 'negate':
      return `(-${show(node.operand)})`;
    case 'binary':
      return `(${show(node.left)} ${node.operator} ${show(node.right)})`;
  }
}

function parsed(text: string): string {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error.message.en}`);
  return show(r.value.ast);
}

describe('parseFormula', () => {
  it.each([
    ['accidents / units * 10000', '((accidents / units) * 10000)'],
    ['batches / population * 1000', '((batches / population) * 1000)'],
    ['(a + b) / 2', '((a + b) / 2)'],
    ['a + b * c', '(a + (b * c))'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['-a + 2', '((-a) + 2)'],
    ['--a', '(-(-a))'],
    ['a * -b', '(a * (-b))'],
    ['0.36 * x_1', '(0.36 * x_1)'],
    ['事故起数 / 万台设备数', '(事故起数 / 万台设备数)'],
    ['Accidents_2023/Units', '(Accidents_2023 / Units)'],
  ])('reads %s with the usual precedence as %s', (text, tree) => {
    expect(parsed(text)).toBe(tree);
  });

  it.each([
    ['（ａ＋ｂ）／２', '((a + b) / 2)'],
    ['a×b÷c', '((a * b) / c)'],
    ['a − b', '(a - b)'],
    ['ａｃｃｉｄｅｎｔｓ　／　ｕｎｉｔｓ　＊　１００００', '((accidents / units) * 10000)'],
    ['= a / b', '(a / b)'],
  ])('normalises full-width and typographic operators in %s', (text, tree) => {
    expect(parsed(text)).toBe(tree);
  });

  it('keeps the source text with the tree', () => {
    const r = parseFormula('a/b');
    expect(r.ok && r.value.source).toBe('a/b');
  });

  it('records 1-based positions of operators and operands', () => {
    const r = parseFormula('ab / cd');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.ast).toEqual({
      type: 'binary',
      operator: '/',
      position: 4,
      left: { type: 'measure', name: 'ab', position: 1 },
      right: { type: 'measure', name: 'cd', position: 6 },
    });
  });

  it.each<[string, FormulaErrorCode, number, string]>([
    ['', 'formula.empty', 1, ''],
    ['   ', 'formula.empty', 4, ''],
    ['a + $', 'formula.unexpected_char', 5, '$'],
    ['a ^ 2', 'formula.unexpected_char', 3, '^'],
    ['a == b', 'formula.unexpected_char', 3, '='],
    ['1.2.3 * a', 'formula.bad_number', 1, '1.2.3'],
    ['a * 5.', 'formula.bad_number', 5, '5.'],
    ['a +', 'formula.expected_operand', 4, ''],
    ['* a', 'formula.expected_operand', 1, '*'],
    ['a * ()', 'formula.expected_operand', 6, ')'],
    ['a b', 'formula.expected_operator', 3, 'b'],
    ['2a', 'formula.expected_operator', 2, 'a'],
    ['(a + b', 'formula.unclosed_paren', 1, '('],
    ['(a + b c)', 'formula.expected_operator', 8, 'c'],
    ['a + b)', 'formula.unmatched_close', 6, ')'],
  ])('refuses %j with %s at character %i', (text, code, position, found) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.position).toBe(position);
    expect(r.error.message.zh).toContain(found);
    expect(r.error.message.en).toContain(found);
  });

  it('gives a bilingual message naming the formula and the position', () => {
    const r = parseFormula('a + $');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toBe('公式“a + $”第 5 个字符“$”不能用在公式中');
    expect(r.error.message.en).toBe('formula "a + $": character 5 "$" is not allowed in a formula');
  });

  it('counts positions in characters, not UTF-16 units, past an astral CJK name', () => {
    const r = parseFormula('𠀀 $');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.position).toBe(3);
  });

  it('refuses nesting past 64 levels instead of overflowing the stack', () => {
    const deep = `${'('.repeat(10_000)}a${')'.repeat(10_000)}`;
    const r = parseFormula(deep);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('formula.too_deep');
  });

  it('accepts 60 levels of nesting', () => {
    expect(parsed(`${'('.repeat(60)}a${')'.repeat(60)}`)).toBe('a');
  });

  it('refuses code-like text rather than running it', () => {
    const r = parseFormula('process.exit(1)');
    expect(r.ok).toBe(false);
  });
});

describe('tokenizeFormula', () => {
  it('splits numbers, measures, operators and parentheses with their positions', () => {
    const r = tokenizeFormula('(x1+2.5)');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((tk) => [tk.kind, tk.position])).toEqual([
      ['open', 1],
      ['measure', 2],
      ['operator', 4],
      ['number', 5],
      ['close', 8],
      ['end', 9],
    ]);
  });
});
