/**
 * The 23 indicators of 表1 湖州市市场监管"十四五"主要指标 (003_eecffe482169a7c7.txt,
 * lines 67–301), exactly as printed.
 *
 * The table is stored one cell per line. Its quirks, kept in `raw`: rows 1–9 have no 序号
 * cell; `%` units lose their closing bracket (`双随机监管事项占比(%`); category cells are
 * split over two lines (`营商` / `环境`); rows 20 and 23 give only a 2025 value; row 18's
 * 2020 value is `/`; `*` marks a 累加值 (cumulative) figure per the footnote
 * `注:带*指标为累加值。`; the 备注 column holds 预期性 / 约束性.
 */
import type { Kind } from '../shared/model/indicator.ts';
import { SEED_DOCS, type SourceRef } from './source.ts';

/** The four categories (一级指标) of 表1. */
export type HuzhouCategory = '营商环境' | '质量提升' | '市场安全' | '科技支撑';

/** The 备注 cell: 预期性 (expected) or 约束性 (binding). */
export type KindText = '预期性' | '约束性';

/** One row of 表1, with its cells as printed and their reading. */
export interface HuzhouIndicatorSeed {
  /** `HZ01` … `HZ23`: the id the demo workbook uses. */
  id: string;
  /** 序号 1–23 (printed only from row 10 on). */
  seq: number;
  category: HuzhouCategory;
  /** 指标名称 without the unit bracket. */
  name: string;
  /** The unit inside the bracket: 万户, %, 批次/千人 … */
  unit: string;
  /** 2020 value; null for `/` and where the table gives none (rows 20, 23). */
  baseline: number | null;
  /** The 2020 cell carries `*`. */
  baselineMarked: boolean;
  /** 2025 value. */
  target: number;
  /** The 2025 cell carries `*`. */
  targetMarked: boolean;
  kind: Kind;
  /** 累加值: the `*` marks the row (the footnote's meaning). */
  cumulative: boolean;
  /** The cells as printed (trimmed). `baseline` is null when the row has no 2020 cell. */
  raw: { name: string; baseline: string | null; target: string; kind: KindText };
  source: SourceRef;
}

interface Figure {
  value: number;
  marked: boolean;
}

/** `44*` → 44 marked; `9.9` → 9.9. Only for the literal cells below. */
function figure(cell: string): Figure | null {
  const m = /^(\d+(?:\.\d+)?)(\*?)$/.exec(cell);
  return m ? { value: Number(m[1]), marked: m[2] === '*' } : null;
}

type Row = [
  category: HuzhouCategory,
  nameCell: string,
  name: string,
  unit: string,
  baselineCell: string | null,
  targetCell: string,
  kindCell: KindText,
  /** Text line of the 指标名称 cell. */
  line: number,
];

const ROWS: Row[] = [
  ['营商环境', '在册市场主体总量(万户)', '在册市场主体总量', '万户', '44*', '57*', '预期性', 85],
  ['营商环境', '双随机监管事项占比(%', '双随机监管事项占比', '%', '15', '65', '约束性', 93],
  [
    '营商环境',
    '双随机、一公开信用应用率(%',
    '双随机、一公开信用应用率',
    '%',
    '79',
    '85',
    '约束性',
    101,
  ],
  [
    '营商环境',
    '国内有效商标注册数(万件)',
    '国内有效商标注册数',
    '万件',
    '8*',
    '13*',
    '预期性',
    109,
  ],
  [
    '营商环境',
    '每万人高价值发明专利拥有量(件)',
    '每万人高价值发明专利拥有量',
    '件',
    '9.9',
    '15',
    '预期性',
    117,
  ],
  ['营商环境', '海外发明专利授权量(件)', '海外发明专利授权量', '件', '103*', '160*', '预期性', 125],
  ['营商环境', '知识产权质押额(亿元)', '知识产权质押额', '亿元', '18', '50', '预期性', 133],
  ['质量提升', '中国质量奖(含提名奖)(个)', '中国质量奖(含提名奖)', '个', '0', '1*', '预期性', 145],
  [
    '质量提升',
    '浙江省政府质量奖(含创新奖)(个)',
    '浙江省政府质量奖(含创新奖)',
    '个',
    '3*',
    '5*',
    '预期性',
    153,
  ],
  ['质量提升', '浙江制造标准(项)', '浙江制造标准', '项', '44*', '220*', '约束性', 163],
  [
    '质量提升',
    '浙江制造国际认证证书保有量(个)',
    '浙江制造国际认证证书保有量',
    '个',
    '9*',
    '40*',
    '预期性',
    173,
  ],
  ['质量提升', '品字标企业(家)', '品字标企业', '家', '100*', '200*', '约束性', 183],
  [
    '质量提升',
    '年度交易额亿元以上市场(家)',
    '年度交易额亿元以上市场',
    '家',
    '59*',
    '65*',
    '预期性',
    193,
  ],
  ['质量提升', '中国绿色产品(个)', '中国绿色产品', '个', '79*', '150*', '预期性', 203],
  [
    '市场安全',
    '乡镇(街道)食安办星级管理覆盖率(%',
    '乡镇(街道)食安办星级管理覆盖率',
    '%',
    '89.2',
    '100',
    '约束性',
    215,
  ],
  [
    '市场安全',
    'AA级或以上食安规范化农批市场(家)',
    'AA级或以上食安规范化农批市场',
    '家',
    '0',
    '1*',
    '约束性',
    225,
  ],
  [
    '市场安全',
    '食品安全抽检监测数(批次/千人)',
    '食品安全抽检监测数',
    '批次/千人',
    '4',
    '4.5',
    '约束性',
    235,
  ],
  ['科技支撑', '数字化与业务融合率(%', '数字化与业务融合率', '%', '/', '100', '约束性', 247],
  [
    '科技支撑',
    '社会公用计量标准数量(项)',
    '社会公用计量标准数量',
    '项',
    '235*',
    '300*',
    '预期性',
    257,
  ],
  [
    '科技支撑',
    '新增为主制修订国际、国家标准(项)',
    '新增为主制修订国际、国家标准',
    '项',
    null,
    '65*',
    '预期性',
    267,
  ],
  ['科技支撑', '省级及以上质检中心(个)', '省级及以上质检中心', '个', '1*', '3*', '预期性', 275],
  [
    '科技支撑',
    '省级及以上产业计量测试中心(个)',
    '省级及以上产业计量测试中心',
    '个',
    '1*',
    '2*',
    '预期性',
    285,
  ],
  [
    '科技支撑',
    '新增主持(参与)省部级以上科研项目数(个)',
    '新增主持(参与)省部级以上科研项目数',
    '个',
    null,
    '33*',
    '预期性',
    295,
  ],
];

function toSeed(row: Row, index: number): HuzhouIndicatorSeed {
  const [category, nameCell, name, unit, baselineCell, targetCell, kindCell, line] = row;
  const seq = index + 1;
  const base = baselineCell === null ? null : figure(baselineCell);
  const target = figure(targetCell);
  // The rows above are constant data; a target that does not read is a typo in this file.
  if (!target) throw new Error(`seeds/huzhou-indicators.ts: row ${seq} target cell ${targetCell}`);
  return {
    id: `HZ${String(seq).padStart(2, '0')}`,
    seq,
    category,
    name,
    unit,
    baseline: base?.value ?? null,
    baselineMarked: base?.marked ?? false,
    target: target.value,
    targetMarked: target.marked,
    kind: kindCell === '约束性' ? 'binding' : 'expected',
    cumulative: target.marked || (base?.marked ?? false),
    raw: { name: nameCell, baseline: baselineCell, target: targetCell, kind: kindCell },
    source: { doc: SEED_DOCS.huzhouPlan, ref: `表1 第${seq}行 (line ${line})`, line },
  };
}

/** All 23 rows of 表1, in table order. */
export const HUZHOU_INDICATORS: readonly HuzhouIndicatorSeed[] = ROWS.map(toSeed);

/** The table's footnote that gives `*` its meaning (line 301). */
export const HUZHOU_CUMULATIVE_FOOTNOTE = { text: '注:带*指标为累加值。', line: 301 } as const;
