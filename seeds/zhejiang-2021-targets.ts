/**
 * The numeric 2021 targets of the Zhejiang provincial bureau (省市场监管局, 2021年工作目标,
 * 002_024ee9abb96dcad0.txt). The file prints the whole text twice (lines 7–17 and 27–37);
 * citations point at the first copy and name the repeat.
 *
 * Comparators as in huzhou-lines.ts; 控制在…以内 and 至少 are inclusive.
 * `fits` names the Huzhou indicator measuring the same thing, where there is one, so a
 * provincial line can be set beside the city's figures.
 */
import type { Comparator } from '../shared/model/line.ts';
import { SEED_DOCS, type SourceRef } from './source.ts';

/** One numeric provincial target for 2021. */
export interface ZhejiangTargetSeed {
  id: string;
  name: string;
  /** The fragment of the cited line that states the target (verbatim). */
  quote: string;
  /** The target as written, a substring of `quote`. */
  targetText: string;
  unit: string;
  comparator: Comparator;
  value: number;
  year: number;
  region: string;
  /** Huzhou seed id of the same measure (`HZL01`, `HZ12`), or null. */
  fits: string | null;
  source: SourceRef;
}

/** The second copy of the text starts 20 lines after the first. */
const REPEAT_OFFSET = 20;

type Row = [
  name: string,
  quote: string,
  targetText: string,
  unit: string,
  comparator: Comparator,
  value: number,
  fits: string | null,
  line: number,
];

const ROWS: Row[] = [
  [
    '特种设备万台事故率',
    '确保特种设备万台事故率控制在0.25以内',
    '控制在0.25以内',
    '起/万台',
    'lte',
    0.25,
    'HZL01',
    15,
  ],
  ['双随机抽查事项覆盖率', '双随机抽查事项覆盖率达到100%', '达到100%', '%', 'gte', 100, null, 9],
  ['行政检查的平台应用率', '行政检查的平台应用率达到100%', '达到100%', '%', 'gte', 100, null, 9],
  ['掌上执法率', '掌上执法率达到90%', '达到90%', '%', 'gte', 90, null, 9],
  // A 2021 increment of the same count 表1 row 12 keeps for Huzhou.
  ['新增"品字标"企业', '全年新增“品字标”企业500家', '500家', '家', 'gte', 500, 'HZ12', 13],
  ['中国质量奖提名奖', '提名奖不少于5家', '不少于5家', '家', 'gte', 5, 'HZ08', 13],
  // New standards in 2021; 表1 row 19 counts the stock.
  [
    '新建高能级社会公用计量标准',
    '新建高能级社会公用计量标准100项以上',
    '100项以上',
    '项',
    'gte',
    100,
    'HZ19',
    13,
  ],
  [
    '急需的地方计量技术规范',
    '制定发布不少于20项急需的地方计量技术规范',
    '不少于20项',
    '项',
    'gte',
    20,
    null,
    13,
  ],
  ['放心消费重点县区', '推进放心消费重点县区扩展至30以上', '30以上', '个', 'gte', 30, null, 13],
  [
    '试点县区放心消费单位占市场有效主体比例',
    '原有13个试点县区放心消费单位达到本区域市场有效主体的50%以上',
    '50%以上',
    '%',
    'gte',
    50,
    null,
    13,
  ],
  // The text stops at 200 with no unit; it counts enterprises.
  [
    '新增异地异店无理由退货承诺企业',
    '力争新增异地异店无理由退货承诺企业200',
    '200',
    '家',
    'gte',
    200,
    null,
    13,
  ],
  [
    '开展电梯改革试点的县(市、区)',
    '全省至少60个县(市、区)开展电梯改革试点',
    '至少60个',
    '个',
    'gte',
    60,
    null,
    15,
  ],
];

/** The provincial 2021 targets, ZJ01–ZJ12. */
export const ZHEJIANG_2021_TARGETS: readonly ZhejiangTargetSeed[] = ROWS.map((r, i) => {
  const [name, quote, targetText, unit, comparator, value, fits, line] = r;
  return {
    id: `ZJ${String(i + 1).padStart(2, '0')}`,
    name,
    quote,
    targetText,
    unit,
    comparator,
    value,
    year: 2021,
    region: '浙江省',
    fits,
    source: {
      doc: SEED_DOCS.zhejiang2021,
      ref: `line ${line} (repeated at line ${line + REPEAT_OFFSET}): ${quote}`,
      line,
    },
  };
});
