/**
 * Direction read from an indicator's name, only where the wording makes it safe.
 * Chinese names end in their head noun, so the word that ends last decides:
 * `特种设备事故调查结案率` is a 结案率 (higher), not an 事故 (lower). Words whose better
 * side depends on policy — 监督抽检 不合格率, 问题发现率, 检出率 — and any higher-word
 * under a negation (`未办结率`) are ambiguous: the planner must say (docs/architecture.md §4.2).
 */
import type { Direction } from '../model/indicator.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** What the name says about direction: a direction, "ask", or nothing. */
export type WordingDirection =
  | { kind: 'direction'; direction: Direction; word: string }
  | { kind: 'ambiguous'; word: string }
  | null;

const HIGHER = [
  '合格率',
  '覆盖率',
  '满意度',
  '满意率',
  '拥有量',
  '达标率',
  '完成率',
  '办结率',
  '结案率',
  '处置率',
  '知晓率',
  '普及率',
  '应用率',
  '使用率',
  '通过率',
  '公示率',
  '及时率',
  '准确率',
  '规范化率',
  '到位率',
  '执行率',
  '响应率',
  '参与率',
  '建成率',
  '联网率',
  '在线率',
  '融合率',
  '标准化率',
  '数字化率',
  '转化率',
  '贡献率',
  '便利度',
  '便利化水平',
  '放心度',
  '安全感',
  '获得感',
  '信用度',
  '公信力',
];

const LOWER = [
  '事故率',
  '事故起数',
  '事故数',
  '事故',
  '死亡率',
  '死亡人数',
  '死亡',
  '亡人',
  '伤亡',
  '发生率',
  '超标率',
  '违法率',
  '投诉率',
  '差错率',
  '驳回率',
  '失信率',
  '逾期率',
  '开办时间',
  '办理时间',
  '办结时间',
  '审批时间',
  '时间',
  '时限',
  '时长',
  '用时',
  '耗时',
  '办理天数',
  '开办成本',
  '成本',
  '开办环节',
  '环节数',
];

const AMBIGUOUS = ['不合格率', '不合格发现率', '问题发现率', '发现率', '检出率', '不合格批次率'];

/** Negations that turn a higher-word into something else (`未办结率`, `不达标率`). */
const NEGATION = /[不未非无]$/;

interface Hit {
  word: string;
  end: number;
  verdict: Direction | 'ambiguous';
}

/**
 * `万台特种设备事故率` → lower; `食品抽检合格率` → higher; `监督抽检不合格率` → ambiguous;
 * `知识产权质押额` → null (no safe word: the plan's figures may still tell).
 */
export function directionFromWording(name: string): WordingDirection {
  const s = normalizeText(name).replace(/\s+/g, '');
  const hits: Hit[] = [
    ...find(s, AMBIGUOUS, 'ambiguous'),
    ...find(s, HIGHER, 'higher'),
    ...find(s, LOWER, 'lower'),
  ];
  // The head noun decides: latest end first, then the longest word (不合格率 over 合格率).
  hits.sort((a, b) => b.end - a.end || b.word.length - a.word.length);
  const head = hits[0];
  if (!head) return null;
  if (head.verdict === 'ambiguous') return { kind: 'ambiguous', word: head.word };
  if (head.verdict === 'higher' && NEGATION.test(s.slice(0, head.end - head.word.length))) {
    return { kind: 'ambiguous', word: s.slice(head.end - head.word.length - 1, head.end) };
  }
  return { kind: 'direction', direction: head.verdict, word: head.word };
}

function find(s: string, words: readonly string[], verdict: Hit['verdict']): Hit[] {
  const hits: Hit[] = [];
  for (const word of words) {
    const at = s.lastIndexOf(word);
    if (at >= 0) hits.push({ word, end: at + word.length, verdict });
  }
  return hits;
}
