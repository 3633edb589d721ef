/**
 * Actual figures reported in the seed documents, for importer tests and for setting a
 * plan's targets beside real numbers. Each figure quotes its sentence fragment; the value
 * is the number as printed there, in the unit printed with it (10.6 万件, not 106000).
 *
 * Regions come from the documents' own words (see DOC_REGIONS for the evidence).
 */
import { SEED_DOCS, type SeedDoc, type SourceRef } from './source.ts';

/** How we know which bureau wrote a document, and for which year it reports. */
export interface DocRegion {
  doc: SeedDoc;
  region: string;
  year: number;
  /** Verbatim fragments that name the place and the year, with their lines. */
  evidence: { quote: string; line: number }[];
}

/** The region and year of each document that reports figures, with the evidence. */
export const DOC_REGIONS: readonly DocRegion[] = [
  {
    doc: SEED_DOCS.binjiang2023,
    region: '杭州市滨江区',
    year: 2023,
    evidence: [
      { quote: '《杭州市滨江区非正常投诉举报人滥诉认定实施办法(试行)》', line: 6 },
      { quote: '建设滨江标准“一件事”集成服务平台', line: 5 },
      { quote: '一、2023年主要工作', line: 2 },
    ],
  },
  {
    doc: SEED_DOCS.binjiang2024,
    region: '杭州市滨江区',
    year: 2024,
    evidence: [
      {
        quote: '《杭州高新技术产业开发区(滨江)市场监督管理局行政应诉(复议答复)工作规则》',
        line: 28,
      },
      { quote: '一、2024年度推进法治政府建设的主要举措和成效', line: 2 },
    ],
  },
  {
    doc: SEED_DOCS.zhejiang2023,
    region: '浙江省',
    year: 2023,
    evidence: [{ quote: '2023年,浙江省市场监管系统聚焦聚力创新深化', line: 11 }],
  },
  {
    doc: SEED_DOCS.huzhouPlan,
    region: '湖州市',
    year: 2020,
    evidence: [
      { quote: '湖州市市场监管“十四五”规划', line: 5 },
      { quote: '截至十三五末,湖州市共有市场主体43.98万余户', line: 17 },
    ],
  },
];

/** One actual figure quoted from a seed document. */
export interface ReportedFigure {
  id: string;
  /** What was counted, in the document's words. */
  name: string;
  /** The fragment of the cited line holding the figure (verbatim). */
  quote: string;
  value: number;
  unit: string;
  /** The document writes 余 / 超 (more than) with the figure. */
  approximate: boolean;
  region: string;
  year: number;
  /** Huzhou seed id of the same measure (`HZ01`, `HZL07`) or a descriptive key. */
  fits: string;
  /**
   * How the figure would enter the Actuals table for `fits`: `value` (a level or running
   * total), `increment` (a yearly addition to a cumulative indicator) or a formula measure
   * (`batches`).
   */
  measure: string;
  source: SourceRef;
}

type Row = [
  name: string,
  quote: string,
  value: number,
  unit: string,
  fits: string,
  measure: string,
  line: number,
  approximate?: boolean,
];

function figures(doc: SeedDoc, rows: Row[]): Omit<ReportedFigure, 'id'>[] {
  const where = DOC_REGIONS.find((d) => d.doc === doc);
  return rows.map(([name, quote, value, unit, fits, measure, line, approximate]) => ({
    name,
    quote,
    value,
    unit,
    approximate: approximate ?? false,
    region: where?.region ?? 'unknown',
    year: where?.year ?? 0,
    fits,
    measure,
    source: { doc, ref: `line ${line}: ${quote}`, line },
  }));
}

const ALL = [
  ...figures(SEED_DOCS.binjiang2023, [
    ['食品监督抽检', '共开展监督抽检1899批次', 1899, '批次', 'HZ17', 'batches', 12],
    // 不合格率 = 56 / 1899; its direction is ambiguous (docs/architecture.md §4.2), so no line
    // is implied.
    [
      '监督抽检不合格产品',
      '检出不合格产品56批次',
      56,
      '批次',
      'food-sampling-failed-batches',
      'value',
      12,
    ],
    [
      '不合格产品处置率',
      '不合格产品处置率100%',
      100,
      '%',
      'food-failed-disposal-rate',
      'value',
      12,
    ],
    ['食品快速检测', '开展快速检测1157批次', 1157, '批次', 'food-rapid-tests', 'value', 14],
    [
      '放心消费单位',
      '共有效服务放心消费单位1132家',
      1132,
      '家',
      'fangxin-consumer-units',
      'value',
      13,
    ],
    [
      '累计制定发布国际标准',
      '累计制定并发布国际标准48项、国家标准344项和行业标准341项',
      48,
      '项',
      'standards-international',
      'value',
      5,
    ],
    [
      '累计制定发布国家标准',
      '累计制定并发布国际标准48项、国家标准344项和行业标准341项',
      344,
      '项',
      'standards-national',
      'value',
      5,
    ],
    [
      '获中国标准创新贡献奖企业',
      '2家企业获中国标准创新贡献奖',
      2,
      '家',
      'china-standard-innovation-award',
      'value',
      5,
    ],
  ]),
  ...figures(SEED_DOCS.binjiang2024, [
    // Data-IP pledges only: a part of what 表1 row 7 counts.
    ['新增(数据知识产权)质押额', '新增质押额1.12亿元', 1.12, '亿元', 'HZ07', 'increment', 4],
    [
      '新设市场经营主体',
      '全区累计新设市场经营主体25284家',
      25284,
      '家',
      'new-market-entities',
      'value',
      8,
    ],
    ['新设企业', '其中新设企业20755家', 20755, '家', 'new-enterprises', 'value', 8],
    ['新增省级商业秘密示范点', '今年新增省级商业秘密示范点2家', 2, '家', 'HZL07', 'increment', 8],
    [
      '市级商业秘密保护基地',
      '市级商业秘密保护基地9家',
      9,
      '家',
      'trade-secret-bases-municipal',
      'value',
      8,
    ],
    ['新增"品字标"认证企业', '今年新增“品字标”认证企业3家', 3, '家', 'HZ12', 'increment', 9],
    ['累计拥有"品字标"企业', '累计拥有“品字标”企业38家', 38, '家', 'HZ12', 'value', 9],
    ['放心消费单位', '创建放心消费单位1412家', 1412, '家', 'fangxin-consumer-units', 'value', 14],
    [
      '省级放心农贸市场',
      '创建省级放心农贸市场6家',
      6,
      '家',
      'fangxin-farmers-markets',
      'increment',
      14,
    ],
    ['立案查处案件', '共立案查处案件223件', 223, '件', 'cases-filed', 'value', 13],
    ['投诉举报', '全年共受理市场监管领域投诉举报10.6万件', 10.6, '万件', 'complaints', 'value', 13],
  ]),
  ...figures(SEED_DOCS.zhejiang2023, [
    ['经营主体数量', '全省经营主体数量达1034.04万户', 1034.04, '万户', 'HZ01', 'value', 23],
    // 质押融资金额 (loans secured by IP) is close to, not the same as, 质押额.
    ['知识产权质押融资金额', '质押融资金额超3000亿元', 3000, '亿元', 'HZ07', 'value', 31, true],
    [
      '电子营业执照在线使用率',
      '电子营业执照在线使用率83.53%',
      83.53,
      '%',
      'e-licence-usage-rate',
      'value',
      19,
    ],
    [
      '获中国标准创新贡献奖项目',
      '5个项目获中国标准创新贡献奖',
      5,
      '个',
      'china-standard-innovation-award',
      'value',
      35,
    ],
    [
      '放心消费单位',
      '动态培育放心消费单位25万余家',
      25,
      '万家',
      'fangxin-consumer-units',
      'value',
      45,
      true,
    ],
    ['法定行业合同备案率', '法定行业合同备案率93%', 93, '%', 'contract-filing-rate', 'value', 45],
    [
      '全国五星所',
      '22个基层所获评首批全国五星所',
      22,
      '个',
      'five-star-grassroots-offices',
      'value',
      69,
    ],
    [
      '"守合同重信用"AAA级企业',
      '认定AAA级企业1718家',
      1718,
      '家',
      'aaa-contract-credit-enterprises',
      'value',
      65,
    ],
  ]),
  // 十三五末 (2020) figures in the Huzhou plan's 现实基础.
  ...figures(SEED_DOCS.huzhouPlan, [
    ['市场主体', '湖州市共有市场主体43.98万余户', 43.98, '万户', 'HZ01', 'value', 17, true],
    // 表1 prints 79 for the same 2020 rate.
    [
      '双随机抽查应用信用规则率',
      '全市双随机抽查应用信用规则率79.9%',
      79.9,
      '%',
      'HZ03',
      'value',
      19,
    ],
    ['掌上执法检查率', '掌上执法检查率100%', 100, '%', 'mobile-enforcement-rate', 'value', 19],
    [
      '每万人高价值发明专利拥有量',
      '每万人高价值发明专利拥有量9.9件',
      9.9,
      '件',
      'HZ05',
      'value',
      25,
    ],
    [
      '每万人有效发明专利拥有量',
      '每万人有效发明专利拥有量40.38',
      40.38,
      '件',
      'invention-patents-per-10k',
      'value',
      25,
    ],
    [
      '放心市场覆盖率',
      '全市放心市场覆盖率达到58.68%',
      58.68,
      '%',
      'fangxin-market-coverage',
      'value',
      23,
    ],
  ]),
];

/** Every reported figure, RF01…, grouped by document. */
export const REPORTED_FIGURES: readonly ReportedFigure[] = ALL.map((f, i) => ({
  id: `RF${String(i + 1).padStart(2, '0')}`,
  ...f,
}));
