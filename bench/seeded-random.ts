/**
 * A small seeded pseudo-random source for the benchmark generator: the same seed gives the
 * same plan on every machine, so timings from two runs describe the same workbook.
 * Math.random is never used.
 */

/** Draws from one seeded sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [lo, hi). */
  between(lo: number, hi: number): number;
  /** An integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly [T, ...T[]]): T;
  /** One item, each with its weight (weights need not add up to 1). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/**
 * A 32-bit counter run through an integer hash (xor-shift and multiply rounds): cheap,
 * well spread, and fully determined by the seed.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 0x1_0000_0000;
  };
  const random: Random = {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(items.length * next())] ?? items[0],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items.at(-1);
      if (last === undefined) throw new RangeError('weighted() needs at least one item');
      return last[0];
    },
  };
  return random;
}
