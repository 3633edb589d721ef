/**
 * Plan tables written the way different regions publish them (illustrative figures in
 * the style of real plans; no table here is copied from a document). One table per line
 * of text, cells separated by `|`, as a pasted range or a CSV gives them.
 */
import { textRows, type TextRow } from '../../../shared/import/text-grid.ts';

/** Rows from `a | b | c` lines; row numbers from 1 (blank lines keep their number). */
export function rowsOf(table: string, firstRow = 1): TextRow[] {
  const lines = table
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  return textRows(
    lines.map((l) => l.split('|').map((c) => c.trim())),
    firstRow,
  );
}

/**
 * Provincial style: title, one-level header with a unit column, categories as merged
 * cells written once (CSV keeps only the first), targets as words, `〔 〕` five-year totals.
 */
export const PROVINCIAL = `
表1 ××省市场监管“十四五”规划主要指标
序号 | 类别 | 指标名称 | 单位 | 2020年 | 2025年 | 属性
1 | 营商环境 | 在册市场主体总量 | 万户 | 803 | 1000 | 预期性
2 |  | 企业开办时间 | 个工作日 | 1 | 0.5以内 | 约束性
3 |  | 每万人口高价值发明专利拥有量 | 件 | 9.6 | 15 | 预期性
4 | 质量提升 | 制造业产品质量合格率 | % | 93.8 | ≥94 | 预期性
5 |  | 新增“品字标”品牌企业 | 家 | / | 〔500〕 | 预期性
6 | 市场安全 | 食品评价性抽检合格率 | % | 98.5 | 保持在98.5%以上 | 约束性
7 |  | 万台特种设备事故率 | / | 0.18 | 控制在0.25以内 | 约束性
8 |  | 药品抽检合格率 | % | 99.2 | 99%以上 | 约束性
9 |  | 公众食品安全满意度 | 分 | 82 | 90分以上 | 预期性
10 |  | 检验检测机构营业收入 | 亿元 | 120 | 年均增长8%以上 | 预期性
注：〔 〕内为五年累计数。
`;

/**
 * City style: a two-level header (`规划目标` over `2020年现状值 | 2025年目标值`, the parent
 * only in its first cell), 编号 / 指标 / 指标属性, categories as subheading rows, units in
 * full-width brackets inside names, `*` after names explained by the footnote, and two
 * rates whose better side is a matter of policy.
 */
export const CITY = `
附表 ××市市场监管“十四五”规划指标体系
编号 | 指标 | 单位 | 规划目标 |  | 指标属性
 |  |  | 2020年现状值 | 2025年目标值 |
一、营商环境 |  |  |  |  |
1 | 市场主体总量（万户） |  | 38.6 | 50 | 预期性
2 | “双随机、一公开”监管覆盖率 | % | 100 | 100 | 约束性
3 | 企业开办时间 | 个工作日 | 3 | 1个工作日内 | 约束性
二、质量提升 |  |  |  |  |
4 | 省级以上品牌（个）* |  | 12 | 30 | 预期性
5 | 主导制定国际、国家和行业标准*（项） |  | 25 | 60 | 预期性
三、市场安全 |  |  |  |  |
6 | 食品安全监督抽检不合格率 | % | 2.1 | 2.5 | 预期性
7 | 亿元GDP生产安全事故死亡率 | 人/亿元 | 0.015 | 0.012 | 约束性
8 | 药品安全抽检问题发现率 | % | 1.8 | 3 | 预期性
注：带*的指标为“十四五”期间累计数。
`;

/**
 * County style: 领域 / 具体指标 / 性质 / 牵头单位, the category repeated on every row (as
 * an .xlsx merged cell reads), units only in the header (`2025年(%)`).
 */
export const COUNTY_RATES = `
××县市场监管“十四五”主要指标
领域 | 具体指标 | 2020年(%) | 2025年(%) | 性质 | 牵头单位
市场安全 | 食用农产品抽检合格率 | 97.5 | 98以上 | 约束性 | 食品安全科
市场安全 | 特种设备定期检验率 | 99.1 | 100 | 约束性 | 特种设备科
质量提升 | 规模以上工业企业标准化覆盖率 | 60 | 80 | 预期性 | 标准化科
营商环境 | 个体工商户年报率 | 88 | 92 | 预期性 | 登记注册科
`;

/**
 * District style: 一级指标 / 二级指标 (the second level is the name), 基期 / 目标 with no
 * year (the title's “十四五” gives 2020 and 2025), 指标属性, words as targets.
 */
export const DISTRICT = `
××区市场监管“十四五”规划主要指标
序号 | 一级指标 | 二级指标 | 单位 | 基期 | 目标 | 指标属性
1 | 安全底线 | 较大以上特种设备事故起数 | 起 | 0 | 0 | 约束性
2 | 安全底线 | 食品安全事件发生率 | ‰ | 0.2 | 0.15以下 | 约束性
3 | 服务效能 | 12315投诉举报按时办结率 | % | 99.5 | 100 | 预期性
4 | 服务效能 | 企业开办平均用时 | 天 | 2 | 持续下降 | 预期性
5 | 服务效能 | 新设市场主体 | 户 | — | 每年新增3000户 | 预期性
`;

/** A table printed in Traditional characters. */
export const TRADITIONAL = `
表一 ○○市市場監管「十四五」規劃主要指標
序號 | 類別 | 指標名稱 | 單位 | 2020年 | 2025年 | 屬性
1 | 營商環境 | 市場主體總量 | 萬戶 | 45.2 | 60 | 預期性
2 |  | 企業開辦時間 | 個工作日 | 2 | 1 | 約束性
3 | 質量提升 | 製造業產品質量合格率 | % | 94.1 | 95以上 | 預期性
4 | 市場安全 | 藥品抽檢合格率 | % | 99 | 99以上 | 約束性
`;

/** No 属性 column: `△` marks binding indicators, the footnote says so and that the rest are expected. */
export const KIND_MARKS = `
表2 ××县“十四五”市场监管主要指标
序号 | 指标 | 单位 | 2020年 | 2025年
1 | 食品评价性抽检合格率△ | % | 98 | 98.5以上
2 | 每万户市场主体中企业数量 | 户 | 3100 | 3500
3 | △特种设备万台死亡率 | 人/万台 | 0.1 | 0.1以下
注：1.带△的为约束性指标，其余为预期性指标；2.2020年数据为预计数。
`;

/** `△` on figures and nowhere explained. */
export const UNEXPLAINED_MARK = `
序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性
1 | 知识产权质押融资额 | 亿元 | 12 | 30 | 预期性
2 | 专利授权量 | 件 | 5000△ | 6000△ | 预期性
3 | 商标注册量 | 件 | 8000 | 9000△ | 预期性
`;
