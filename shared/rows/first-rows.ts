/**
 * The row on which each combination of values (id, region, period, measure …) first
 * appeared, so a table reader can report a repeat on the later row. Each value is numbered
 * once per column and a combination kept as one number: a key string per row, kept for
 * the whole table, was most of the time spent reading a 50,000-row Actuals table.
 */
export class FirstRows {
  /** Per column, the number of each value in order of first appearance. */
  private readonly numbers: Map<string, number>[];
  /** Bits per column in a packed combination: all of them fit a double exactly. */
  private readonly bits: number;
  private readonly rows = new Map<number | string, number>();

  constructor(columns: number) {
    this.numbers = Array.from({ length: columns }, () => new Map<string, number>());
    this.bits = Math.floor(52 / columns);
  }

  /**
   * The row on which these values first appeared together; undefined when they had not,
   * and `row` is kept as theirs.
   */
  firstOf(values: readonly string[], row: number): number | undefined {
    const key = this.keyOf(values);
    const first = this.rows.get(key);
    if (first === undefined) this.rows.set(key, row);
    return first;
  }

  private keyOf(values: readonly string[]): number | string {
    const limit = 2 ** this.bits;
    let packed = 0;
    for (let i = 0; i < this.numbers.length; i += 1) {
      const n = this.numberOf(i, values[i] ?? '');
      // Past the bits of a column the values themselves are the key (a string never equals a number).
      if (n >= limit) return JSON.stringify(values);
      packed = packed * limit + n;
    }
    return packed;
  }

  private numberOf(column: number, value: string): number {
    const numbers = this.numbers[column];
    if (numbers === undefined) return 0;
    const known = numbers.get(value);
    if (known !== undefined) return known;
    numbers.set(value, numbers.size);
    return numbers.size - 1;
  }
}
