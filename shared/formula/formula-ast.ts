/**
 * The syntax tree of a rate formula (`accidents / units * 10000`). Every node keeps the
 * 1-based character position it starts at, so evaluation errors can point into the text.
 */

/** A binary operator after normalisation (full-width `＋－＊／`, `×`, `÷` read as these). */
export type FormulaOperator = '+' | '-' | '*' | '/';

export type FormulaNode =
  | { type: 'number'; value: number; position: number }
  | { type: 'measure'; name: string; position: number }
  | { type: 'negate'; operand: FormulaNode; position: number }
  | {
      type: 'binary';
      operator: FormulaOperator;
      left: FormulaNode;
      right: FormulaNode;
      /** Position of the operator itself. */
      position: number;
    };

/** A parsed formula: the text it was read from (for messages) and its tree. */
export interface Formula {
  source: string;
  ast: FormulaNode;
}

/** The measure names a formula uses, each once, in order of first use. */
export function measuresIn(ast: FormulaNode): string[] {
  const names: string[] = [];
  const visit = (node: FormulaNode): void => {
    switch (node.type) {
      case 'number':
        return;
      case 'measure':
        if (!names.includes(node.name)) names.push(node.name);
        return;
      case 'negate':
        visit(node.operand);
        return;
      case 'binary':
        visit(node.left);
        visit(node.right);
        return;
    }
  };
  visit(ast);
  return names;
}
