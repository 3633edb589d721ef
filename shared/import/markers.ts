/**
 * Footnote marks in plan tables and what the table says they mean. Marks sit after (or
 * before) a name or a figure — `44*`, `浙江制造标准△`, `*1.5` — or wrap a figure, as the
 * national outlines print five-year totals: `〔300〕`. Their meaning is read only from the
 * table's own footnote (`注:带*指标为累加值。`, `注：1.带△的为约束性指标，其余为预期性指标；
 * 2.〔 〕内为五年累计数。`); a mark the table does not explain stays unexplained, for the
 * planner to answer.
 */
import type { Kind } from '../model/indicator.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** Single-character marks (after NFKC, so `＊` is `*`). */
export const MARK_SYMBOLS: readonly string[] = ['*', '△', '▲', '※', '☆', '★', '#', '◆', '◇'];

/** The mark id of a figure wrapped in 〔 〕 (also [ ], ［ ］, 〖 〗). */
export const BRACKET_MARK = '〔〕';

/** What a mark does to a row: counts it as cumulative, sets its kind, or is only a note. */
export type MarkEffect = 'cumulative' | 'binding' | 'expected' | 'note';

/** A mark and the footnote text that explains it. */
export interface MarkExplanation {
  mark: string;
  effect: MarkEffect;
  /** The footnote clause (or the planner's answer) that says so. */
  text: string;
}

/** What a table's footnotes say. */
export interface FootnoteReading {
  marks: Map<string, MarkExplanation>;
  /** `其余为预期性指标`: the kind of rows without the kind mark; null when not said. */
  othersKind: Kind | null;
}

const WRAPPED = /^[〔[〖]\s*(.*?)\s*[〕\]〗]$/;

/**
 * A cell's text without its marks, and the marks in the order found. Marks are taken
 * from both ends (repeatedly, so `〔3.2〕*` gives [`〔〕`, `*`]); marks inside the text
 * are part of it.
 */
export function splitCellMarks(text: string): { text: string; marks: string[] } {
  let s = normalizeText(text);
  const marks: string[] = [];
  for (let changed = true; changed && s !== '';) {
    changed = false;
    const first = s.charAt(0);
    const last = s.charAt(s.length - 1);
    if (MARK_SYMBOLS.includes(last)) {
      marks.push(last);
      s = s.slice(0, -1).trim();
      changed = true;
    } else if (MARK_SYMBOLS.includes(first)) {
      marks.push(first);
      s = s.slice(1).trim();
      changed = true;
    } else {
      const m = WRAPPED.exec(s);
      if (m && /\d/.test(m[1] ?? '')) {
        marks.push(BRACKET_MARK);
        s = m[1] ?? '';
        changed = true;
      }
    }
  }
  return { text: s, marks: unique(marks) };
}

/** The marks a name carries, at its ends or just before its unit bracket (`浙江制造标准*（项）`). */
export function splitNameMarks(text: string): { text: string; marks: string[] } {
  const outer = splitCellMarks(text);
  const m = /^(.*?)\s*([*△▲※☆★#◆◇]+)\s*([(（].*)$/.exec(outer.text);
  if (!m) return outer;
  const inner = Array.from(m[2] ?? ''); // one mark per symbol; every symbol is one code point
  return { text: `${m[1] ?? ''}${m[3] ?? ''}`, marks: unique([...outer.marks, ...inner]) };
}

const CUMULATIVE_WORDS = /累加|累计|累积|合计数|加总|总和/;
const OTHERS = /其余|其他|其它|未标|未带|不带|未加|没有标/;

/**
 * Reads footnote lines (`注:带*指标为累加值。`) into what each mark means. Clauses are
 * split at `；`, `。`, line breaks and numbered items (`1.` `2、`); a clause that names a
 * mark explains it: 累加/累计 → cumulative, 约束性 → binding, 预期性 → expected, anything
 * else (新增指标, 省定指标) → a note. `其余为预期性指标` gives the kind of unmarked rows.
 */
export function readFootnotes(lines: readonly string[]): FootnoteReading {
  const marks = new Map<string, MarkExplanation>();
  let othersKind: Kind | null = null;
  for (const clause of lines.flatMap(clausesOf)) {
    const parts = clause.split(/[，,]/);
    const others = parts.filter((p) => OTHERS.test(p));
    const own = parts.filter((p) => !OTHERS.test(p)).join('，');
    for (const p of others) othersKind = kindWord(p) ?? othersKind;
    const named = marksNamed(own);
    if (named.length === 0) continue;
    const effect: MarkEffect = CUMULATIVE_WORDS.test(own)
      ? 'cumulative'
      : (kindWord(own) ?? 'note');
    for (const mark of named) if (!marks.has(mark)) marks.set(mark, { mark, effect, text: clause });
  }
  return { marks, othersKind };
}

/** True when a line is a footnote under a table (`注：…`, `说明：…`, `备注：…`). */
export function isFootnoteText(text: string): boolean {
  return (
    /^(?:注|说明|备注|附注)\s*\d*\s*[:：]/.test(normalizeText(text)) ||
    /^注\s*\d*\s*[.、]/.test(normalizeText(text))
  );
}

function clausesOf(line: string): string[] {
  const s = normalizeText(line).replace(/^(?:注|说明|备注|附注)\s*\d*\s*[:：.、]?/, '');
  return s
    .replace(/(^|[^\d.])(\d{1,2})[、.](?!\d)/g, '$1\n')
    .replace(/\(\d{1,2}\)/g, '\n')
    .split(/[;。\n]/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function marksNamed(clause: string): string[] {
  const found = MARK_SYMBOLS.filter((m) => clause.includes(m));
  if (/[〔[〖]/.test(clause)) found.push(BRACKET_MARK);
  return found;
}

function kindWord(text: string): Kind | null {
  const binding = text.includes('约束性');
  const expected = text.includes('预期性');
  if (binding === expected) return null;
  return binding ? 'binding' : 'expected';
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
