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
  'status.achieved': { zh: '已完成', en: 'achieved' },
  'status.on_track': { zh: '符合序时进度', en: 'on track' },
  'status.behind': { zh: '滞后', en: 'behind' },
  'status.at_risk': { zh: '严重滞后', en: 'at risk' },
  'status.breached': { zh: '越线', en: 'breached' },
  'status.near_limit': { zh: '临近', en: 'near limit' },
  'status.no_data': { zh: '缺报', en: 'no data' },
  'status.no_baseline': { zh: '无基期', en: 'no baseline' },
  'status.forecast_miss': { zh: '预计难以完成', en: 'forecast to miss' },
  'status.inconsistent': { zh: '数据不一致', en: 'inconsistent' },
  'severity.critical': { zh: '红', en: 'critical' },
  'severity.warning': { zh: '黄', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
  'state.firing': { zh: '预警中', en: 'firing' },
  'state.resolved': { zh: '已恢复', en: 'resolved' },
  'state.acknowledged': { zh: '已确认', en: 'acknowledged' },
  'state.silenced': { zh: '已静默', en: 'silenced' },
  'rule.pace': { zh: '序时进度', en: 'pace' },
  'rule.line': { zh: '底线', en: 'line' },
  'rule.missing': { zh: '缺报', en: 'missing data' },
  'rule.forecast': { zh: '预测', en: 'forecast' },
  'rule.consistency': { zh: '一致性', en: 'consistency' },
  'rule.baseline': { zh: '基期', en: 'baseline' },
  'kind.binding': { zh: '约束性', en: 'binding' },
  'kind.expected': { zh: '预期性', en: 'expected' },

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

/** `越线 breached`: the bilingual label written into sheets for a status, severity, state, rule or kind. */
export function label(key: MessageKey): string {
  const m: Bilingual = MESSAGES[key];
  return `${m.zh} ${m.en}`;
}
