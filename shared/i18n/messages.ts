/**
 * The one table of user-facing text, zh-CN first, then English.
 * Templates use `{name}` placeholders filled by `t()`.
 * Add entries under the section for your area; keep keys grouped by prefix.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export const MESSAGES = {
  // ── parse.* : reading numbers, target text, enums, periods ───────────────────
  // (parse-section)

  // ── row.* : reading contract tables (missing columns, bad cells, duplicates) ──
  // (row-section)

  // ── formula.* : rate formulas ─────────────────────────────────────────────────
  // (formula-section)

  // ── eval.* : evaluation findings (one per status/rule) ────────────────────────
  // (eval-section)

  // ── alert.* : lifecycle notes ─────────────────────────────────────────────────
  // (alert-section)

  // ── status.* / severity.* / label.* : names shown in sheets and digests ───────
  // (label-section)

  // ── digest.* : email digest text ──────────────────────────────────────────────
  // (digest-section)

  // ── workbook.* / cli.* : worker shell messages ────────────────────────────────
  // (worker-section)
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message in both languages with its placeholders filled. */
export function t(key: MessageKey, params: Params = {}): Bilingual {
  const m: Bilingual = MESSAGES[key];
  return { zh: fill(m.zh, params), en: fill(m.en, params) };
}

/** One line for logs and CLI output: Chinese first, then English. */
export function bilingualLine(b: Bilingual): string {
  return `${b.zh} / ${b.en}`;
}
