/**
 * Where a seed row comes from: one of the seed documents in `seeds/docs/` and the
 * place inside it. Every seed row carries one, so a reviewer can open the file at the
 * line and read the figure for themselves.
 */

/** The seed documents by what they are (file names as stored in `seeds/docs/`, see its README). */
export const SEED_DOCS = {
  /** 杭州高新区(滨江)市场监管局: 2023 work summary and 2024 plans. */
  binjiang2023: '000_2a1324f9b27eeb2c.txt',
  /** 杭州高新区(滨江)市场监管局: 2024 rule-of-law report and 2025 plans. */
  binjiang2024: '001_ceb978ceb7ef47b9.txt',
  /** 浙江省市场监管局: 2021 work targets (the text is printed twice in the file). */
  zhejiang2021: '002_024ee9abb96dcad0.txt',
  /** 湖州市人民政府: 湖州市市场监管"十四五"规划, with the indicator table 表1. */
  huzhouPlan: '003_eecffe482169a7c7.txt',
  /** 浙江省 market-supervision system, 2023 review (newspaper feature). */
  zhejiang2023: '004_7a71e0e6db169a25.txt',
} as const;

/** A seed document's file name. */
export type SeedDoc = (typeof SEED_DOCS)[keyof typeof SEED_DOCS];

/**
 * A citation. `ref` is what a person reads (`表1 第17行 (line 235)` or
 * `line 414: …万台特种设备事故率低于0.36`); `line` is the 1-based text line it points at,
 * so tests can check the cited text is really there.
 */
export interface SourceRef {
  doc: SeedDoc;
  ref: string;
  line: number;
}

/** The source text of every generated demo actual: it is not an official figure. */
export const ILLUSTRATIVE_SOURCE = '示例数据(非官方) Illustrative sample data';

/** The `source` cell text for a figure quoted from a seed document. */
export function sourceCell(s: SourceRef): string {
  return `${s.doc} ${s.ref}`;
}
