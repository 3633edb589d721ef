/**
 * Years in plan-table headers and titles: `2020年`, `2020`, `2021—2025年累计`, and the
 * five-year-plan names (`十三五末` = 2020, `“十四五”规划` runs 2021–2025, so its baseline
 * is 2020 and its target 2025).
 */
import { normalizeText } from '../parse/text-normalize.ts';

/** Five-year plans by their short names, with the year each ends. */
const PLAN_ENDS: Readonly<Record<string, number>> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
  十六五: 2035,
};

/** The years written in a text (`2021-2025年` → [2021, 2025]), in order. */
export function yearsIn(text: string): number[] {
  return [...normalizeText(text).matchAll(/(?<!\d)(19\d{2}|20\d{2})(?!\d)/g)].map((m) =>
    Number(m[1]),
  );
}

/** `十三五末` / `十三五期末` → 2020; null when the text names no plan's end. */
export function planEndYear(text: string): number | null {
  for (const [name, end] of Object.entries(PLAN_ENDS)) {
    if (new RegExp(`${name}[”"」』]?(?:期末|末|时期末|末期)`).test(text)) return end;
  }
  return null;
}

/**
 * The baseline and target years a title implies: `湖州市市场监管“十四五”规划` → 2020 and
 * 2025; `2021—2025年` → 2020 and 2025. null when the title names no plan period.
 */
export function planPeriodOf(text: string): { baselineYear: number; targetYear: number } | null {
  const s = normalizeText(text);
  for (const [name, end] of Object.entries(PLAN_ENDS)) {
    if (s.includes(name)) return { baselineYear: end - 5, targetYear: end };
  }
  const range = /(?<!\d)(20\d{2})\s*(?:-|—|–|~|至|到)+\s*(20\d{2})(?!\d)/.exec(s);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to > from) return { baselineYear: from - 1, targetYear: to };
  }
  return null;
}
