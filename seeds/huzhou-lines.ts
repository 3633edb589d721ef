/**
 * The numeric targets stated in the text of the Huzhou plan (003_eecffe482169a7c7.txt),
 * outside 表1: hard lines such as 万台特种设备事故率低于0.36 and the other figures the plan
 * commits to. Each quotes the sentence fragment it comes from; `targetText` is the target
 * exactly as written inside that fragment.
 *
 * Reading of comparators (docs/architecture.md §4.6 for the words it lists; the rest by plain
 * meaning):
 * 低于 → lt; 以上 / 达到 / 不少于 / a bare figure to reach → gte; 突破 / 超过 / 超
 * ("beyond") → gt.
 *
 * Ids HZL01–HZL20 are lines the table does not have (the demo workbook tracks them as extra
 * indicators); HZL21–HZL27 restate a table indicator (`duplicates`) and are kept only as
 * evidence that text and table agree.
 */
import type { Comparator } from '../shared/model/line.ts';
import type { HuzhouCategory } from './huzhou-indicators.ts';
import { SEED_DOCS, type SourceRef } from './source.ts';

/**
 * Section 七 (基层所, 执法队伍) has no category in 表1; it takes its name from the plan's goal
 * "监管履职效能显著提升" (line 63).
 */
export type HuzhouLineCategory = HuzhouCategory | '监管效能';

/** One numeric target stated in the plan's text, with its comparator reading. */
export interface HuzhouLineSeed {
  id: string;
  /** What is measured, in the document's words where it names it. */
  name: string;
  /** The fragment of the cited line that states the target (verbatim). */
  quote: string;
  /** The target exactly as written, a substring of `quote`: `低于0.36`, `稳定在98.5%以上`. */
  targetText: string;
  /** Unit as written with the figure; from 表1 or the measure's name where the text omits it. */
  unit: string;
  comparator: Comparator;
  value: number;
  /** 每年…: the figure is for every year, not for 2025. */
  yearly: boolean;
  category: HuzhouLineCategory;
  /** The 表1 indicator (`HZ05`) this line restates, or null. */
  duplicates: string | null;
  source: SourceRef;
}

type LineRow = [
  name: string,
  quote: string,
  targetText: string,
  unit: string,
  comparator: Comparator,
  value: number,
  category: HuzhouLineCategory,
  line: number,
  duplicates?: string,
];

const ROWS: LineRow[] = [
  // unit: the text says 万台…事故率, i.e. accidents per 10,000 units.
  [
    '万台特种设备事故率',
    '万台特种设备事故率低于0.36',
    '低于0.36',
    '起/万台',
    'lt',
    0.36,
    '市场安全',
    414,
  ],
  [
    '食品评价性抽检合格率',
    '食品评价性抽检合格率稳定在98.5%以上',
    '稳定在98.5%以上',
    '%',
    'gte',
    98.5,
    '市场安全',
    424,
  ],
  // The text gives no unit: a satisfaction score.
  [
    '公众食品药品安全满意度',
    '至2025年公众食品药品安全满意度达到90以上',
    '达到90以上',
    '',
    'gte',
    90,
    '市场安全',
    414,
  ],
  [
    '公司制企业占比',
    '其中企业中公司制企业占比达92%以上',
    '达92%以上',
    '%',
    'gte',
    92,
    '营商环境',
    309,
  ],
  [
    '公平竞争环境社会满意率',
    '公平竞争环境社会满意率达到95%以上',
    '达到95%以上',
    '%',
    'gte',
    95,
    '营商环境',
    338,
  ],
  [
    '马德里国际注册商标拥有量',
    '马德里国际注册商标拥有量达到260件以上',
    '达到260件以上',
    '件',
    'gte',
    260,
    '营商环境',
    382,
  ],
  [
    '省级以上商业秘密保护示范基地',
    '建设省级以上商业秘密保护示范基地50家',
    '50家',
    '家',
    'gte',
    50,
    '营商环境',
    384,
  ],
  [
    '带动开展对标达标活动的小微企业',
    '每年带动100家小微企业开展对标达标活动',
    '每年带动100家',
    '家',
    'gte',
    100,
    '质量提升',
    402,
  ],
  ['广告单位', '到2025年,全市广告单位突破5000家', '突破5000家', '家', 'gt', 5000, '营商环境', 408],
  ['广告业务收入', '广告业务收入超32亿元', '超32亿元', '亿元', 'gt', 32, '营商环境', 408],
  [
    '违法线索和风险信息闭环处置率',
    '实现违法线索和风险信息100%闭环处置',
    '100%',
    '%',
    'gte',
    100,
    '市场安全',
    422,
  ],
  [
    '食品检测参数覆盖率',
    '实现全市范围内食品检测参数覆盖率98%',
    '98%',
    '%',
    'gte',
    98,
    '科技支撑',
    507,
  ],
  [
    '药品检测能力(除生物制品)参数覆盖率',
    '药品检测能力(除生物制品)参数覆盖率达到90%',
    '达到90%',
    '%',
    'gte',
    90,
    '科技支撑',
    507,
  ],
  [
    '化妆品检测能力参数',
    '化妆品检测能力参数突破300项',
    '突破300项',
    '项',
    'gt',
    300,
    '科技支撑',
    507,
  ],
  [
    '市级药品不良反应哨点医院',
    '新建10家市级药品不良反应哨点医院',
    '新建10家',
    '家',
    'gte',
    10,
    '科技支撑',
    507,
  ],
  [
    '建成示范所的基层所占比',
    '全市20%以上基层所建成示范所',
    '20%以上',
    '%',
    'gte',
    20,
    '监管效能',
    535,
  ],
  ['建成消薄所的基层所占比', '40%以上基层所建成消薄所', '40%以上', '%', 'gte', 40, '监管效能', 535],
  [
    '全市系统执法能手专家库骨干',
    '遴选不少于20名骨干建成全市系统执法能手专家库',
    '不少于20名',
    '名',
    'gte',
    20,
    '监管效能',
    551,
  ],
  // Line 750 is the last line of the file: the 附件's 重大政策 3 (公平竞争审查实施意见).
  [
    '行政规范性文件公平竞争审查率',
    '行政规范性文件公平竞争审查率达到100%',
    '达到100%',
    '%',
    'gte',
    100,
    '营商环境',
    750,
  ],
  [
    '政策措施清理率',
    '妨碍统一市场和排除、限制竞争的政策措施清理率达到100%',
    '达到100%',
    '%',
    'gte',
    100,
    '营商环境',
    750,
  ],
  // Restatements of 表1 rows.
  [
    '在册市场主体数',
    '到2025年,全市在册市场主体数突破57万户',
    '突破57万户',
    '万户',
    'gt',
    57,
    '营商环境',
    309,
    'HZ01',
  ],
  [
    '双随机抽查在所有行政检查中的比例',
    '双随机抽查在所有行政检查中的比例达到65%以上',
    '达到65%以上',
    '%',
    'gte',
    65,
    '营商环境',
    317,
    'HZ02',
  ],
  ['信用规则应用率', '信用规则应用率85%以上', '85%以上', '%', 'gte', 85, '营商环境', 319, 'HZ03'],
  [
    '每万人高价值发明专利',
    '到2025年,每万人高价值发明专利达到15件',
    '达到15件',
    '件',
    'gte',
    15,
    '营商环境',
    382,
    'HZ05',
  ],
  // The text writes no unit after 160; 表1 row 6 counts 件.
  [
    '海外发明专利授权量',
    '到2025年,全市海外发明专利授权量超过160',
    '超过160',
    '件',
    'gt',
    160,
    '营商环境',
    382,
    'HZ06',
  ],
  [
    '知识产权质押额',
    '力争到2025年知识产权质押额达到50亿元',
    '达到50亿元',
    '亿元',
    'gte',
    50,
    '营商环境',
    386,
    'HZ07',
  ],
  // One more centre: 表1 row 22 goes from 1* to 2*.
  [
    '省级产业计量测试中心',
    '培育1家省级产业计量测试中心',
    '培育1家',
    '家',
    'gte',
    1,
    '科技支撑',
    722,
    'HZ22',
  ],
];

/** Every numeric target in the plan's text, HZL01–HZL27 (see the file comment). */
export const HUZHOU_LINES: readonly HuzhouLineSeed[] = ROWS.map((r, i) => {
  const [name, quote, targetText, unit, comparator, value, category, line, duplicates] = r;
  return {
    id: `HZL${String(i + 1).padStart(2, '0')}`,
    name,
    quote,
    targetText,
    unit,
    comparator,
    value,
    yearly: targetText.startsWith('每年'),
    category,
    duplicates: duplicates ?? null,
    source: { doc: SEED_DOCS.huzhouPlan, ref: `line ${line}: ${quote}`, line },
  };
});

/**
 * Figures in the text that look like targets but are not 2025 lines: 十三五 achievements
 * in the 现实基础 section. Kept so nobody adds them as lines by mistake.
 */
export const HUZHOU_NOT_LINES: readonly { quote: string; line: number; reason: string }[] = [
  {
    quote: '时间压缩到至1个工作日',
    line: 17,
    reason: '企业开办: a 十三五 achievement (现实基础), not a 2025 target',
  },
  {
    quote: '实现简易注销1个工作日办结',
    line: 17,
    reason: '简易注销: a 十三五 achievement, not a 2025 target',
  },
  {
    quote: '全市放心消费总指数突破0.9关口',
    line: 21,
    reason: '放心消费总指数: a 十三五 achievement, not a 2025 target',
  },
];
