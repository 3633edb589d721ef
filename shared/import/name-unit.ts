/**
 * Units written inside a name or a header: `在册市场主体总量（万户）`, `双随机监管事项占比(%)`,
 * `2025年(%)`, and the unclosed `双随机监管事项占比(%` the Huzhou text copy prints (its
 * closing bracket was lost). A bracket at the end is a unit only when its content reads as
 * one, so `中国质量奖(含提名奖)` keeps its bracket and `中国质量奖(含提名奖)(个)` splits into
 * `中国质量奖(含提名奖)` and `个`.
 */
import { normalizeText } from '../parse/text-normalize.ts';

/** Counting words and measures seen in plan tables' units. */
const UNIT_WORDS = [
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '小时',
  '分钟',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '公里',
  '千克',
  '公斤',
  '批次',
  '人次',
  '户次',
  '家次',
  '件次',
  '项次',
  '个点',
  '个',
  '家',
  '件',
  '项',
  '户',
  '元',
  '人',
  '分',
  '天',
  '日',
  '年',
  '月',
  '次',
  '起',
  '所',
  '座',
  '只',
  '张',
  '条',
  '份',
  '倍',
  '台',
  '辆',
  '套',
  '宗',
  '笔',
  '枚',
  '类',
  '种',
  '款',
  '部',
  '名',
  '册',
  '本',
  '处',
  '场',
  '批',
  '吨',
  '米',
  '亩',
  '度',
  '岁',
  '例',
  '株',
  '头',
  '箱',
  '位',
  '组',
  '支',
  '间',
  '栋',
];

const WORD = `(?:${UNIT_WORDS.join('|')})`;
const SCALE = '(?:万|亿|千|百|十)';
/** `万户`, `亿元`, `批次/千人`, `件/万人`, `次/万台`, `元/人`, `%`, `‰`, `万`. */
const UNIT = new RegExp(
  `^(?:[%‰]|${SCALE}|${SCALE}?${WORD}(?:/${SCALE}?${WORD})?|每${SCALE}?${WORD}${WORD}?)$`,
);

/** Opening brackets and the closing bracket each one pairs with (half and full width). */
const PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '（': '）',
  '[': ']',
  '［': '］',
  '【': '】',
  '〔': '〕',
};

/** True when the text is a unit as plan tables write them (`万户`, `%`, `批次/千人`). */
export function isUnitText(text: string): boolean {
  const s = normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/^单位[:：]?/, '');
  return s !== '' && UNIT.test(s);
}

/** The unit as stored: half width, no spaces (`（％）` → `%`). */
export function unitOf(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/^单位[:：]?/, '');
}

/**
 * Splits a trailing unit bracket off a name or header: `在册市场主体总量(万户)` →
 * { name: `在册市场主体总量`, unit: `万户` }. A bracket left open at the very end counts
 * too (`覆盖率(%`). Without a unit bracket the text comes back whole with unit ''.
 */
export function splitNameUnit(text: string): { name: string; unit: string } {
  const s = text.trim();
  const last = lastBracket(s);
  if (last === null) return { name: s, unit: '' };
  const inner = s.slice(last.open + 1, last.close);
  if (!isUnitText(inner)) return { name: s, unit: '' };
  return { name: s.slice(0, last.open).trimEnd(), unit: unitOf(inner) };
}

/**
 * The last bracket group when it ends the text (closed, or left open to the end).
 * `close` is the index of the closing bracket, or the text's length when it is open.
 */
function lastBracket(s: string): { open: number; close: number } | null {
  const closing = Object.values(PAIRS);
  const end = s.length - 1;
  const lastChar = s.charAt(end);
  if (closing.includes(lastChar)) {
    // Walk back to the opening bracket that pairs with the final one, minding nesting.
    let depth = 0;
    for (let i = end; i >= 0; i--) {
      const c = s.charAt(i);
      if (closing.includes(c)) depth++;
      else if (c in PAIRS) depth--;
      // Half- and full-width brackets get mixed in typed text (`（万户)`): every pair counts.
      if (depth === 0) return { open: i, close: end };
    }
    return null;
  }
  // An unclosed bracket: the last opening bracket with no closing one after it.
  for (let i = end; i >= 0; i--) {
    const c = s.charAt(i);
    if (closing.includes(c)) return null;
    if (c in PAIRS) return i < end ? { open: i, close: s.length } : null;
  }
  return null;
}

/**
 * A unit stated for a whole table in its title or a line above the header:
 * `单位：万户`, `（单位：%）`. '' when there is none.
 */
export function tableUnit(text: string): string {
  const m = /单位[:：]\s*([^\s)）,，;；]+)/.exec(normalizeText(text));
  const unit = m?.[1] ?? '';
  return isUnitText(unit) ? unitOf(unit) : '';
}
