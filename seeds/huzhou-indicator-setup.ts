/**
 * What a planner adds when turning the Huzhou seeds into tracked indicators: who owns each
 * one, how its figures add up, and how the text lines are typed into the Indicators table.
 * The document names no owners; the 处室 here are illustrative and the template says so.
 */
import type { Aggregation, Direction } from '../shared/model/indicator.ts';

/** Illustrative owner (责任处室), an optional rate formula and extra notes for a 表1 row. */
export interface RowSetup {
  owner: string;
  formula?: string;
  note?: string;
  /** 报送期限 when it is not the Settings default (illustrative, like the owners). */
  dueDays?: string;
}

/** Setup of each 表1 row, by id (HZ01–HZ23). */
export const HZ_SETUP: Readonly<Record<string, RowSetup>> = {
  HZ01: { owner: '登记注册处', note: '正文 line 309: 到2025年,全市在册市场主体数突破57万户' },
  HZ02: { owner: '信用监管处', note: '正文 line 317: 双随机抽查在所有行政检查中的比例达到65%以上' },
  HZ03: {
    owner: '信用监管处',
    note: '正文 line 319: 信用规则应用率85%以上; line 19 记十三五期末为79.9%, 表1 印79',
  },
  HZ04: { owner: '知识产权处' },
  HZ05: { owner: '知识产权处', note: '正文 line 382: 到2025年,每万人高价值发明专利达到15件' },
  HZ06: { owner: '知识产权处', note: '正文 line 382: 到2025年,全市海外发明专利授权量超过160' },
  HZ07: { owner: '知识产权处', note: '正文 line 386: 力争到2025年知识产权质押额达到50亿元' },
  HZ08: { owner: '质量发展处' },
  HZ09: { owner: '质量发展处' },
  HZ10: { owner: '标准化处' },
  HZ11: { owner: '认证认可处' },
  HZ12: { owner: '质量发展处' },
  HZ13: { owner: '市场规范管理处' },
  HZ14: { owner: '认证认可处' },
  HZ15: { owner: '食品安全协调处' },
  // Its yearly figure waits on the provincial assessment: due in early April, in working days.
  HZ16: { owner: '食品安全协调处', dueDays: '62个工作日' },
  HZ17: {
    owner: '食品安全抽检监测处',
    formula: 'batches / population * 1000',
    note: 'batches = 食品安全抽检监测批次, population = 常住人口(人)',
  },
  HZ18: { owner: '科技信息处', note: '表1 2020年值为 /: 无基期' },
  HZ19: { owner: '计量处' },
  HZ20: { owner: '标准化处', note: '表1 只给2025年值: 自0起累加' },
  HZ21: { owner: '科技信息处' },
  HZ22: { owner: '计量处', note: '正文 line 722: 培育1家省级产业计量测试中心' },
  HZ23: { owner: '科技信息处', note: '表1 只给2025年值: 自0起累加' },
};

/** How a text line (HZL01–HZL20) is typed into the Indicators table. */
export interface LineSetup {
  aggregation: Aggregation;
  direction: Direction;
  kind: '约束性' | '预期性';
  /**
   * The target cell. Lines that must hold every year (`threshold`) are written as a line
   * in a form docs/architecture.md §3 accepts (`98.5%以上`, `不低于100%`); 2025 goals are the number,
   * with the document's wording kept in the notes.
   */
  target: string | number;
  /** Unit cell when it differs from the seed's unit (the text gives none). */
  unit?: string;
  limit?: string;
  warning?: number;
  formula?: string;
  owner: string;
}

/**
 * The text does not say 约束性/预期性 for its lines; the two safety bottom lines are
 * treated as binding, the rest as expected.
 *
 * `threshold` is for rates measured afresh each year that every year's figure must clear
 * (事故率, 合格率, 满意度/满意率, 处置率, 审查率/清理率), and for the testing institute's two
 * 检测参数覆盖率 (HZL12–HZL13), read as coverage levels to hold once reached.
 * Stocks and shares of a stock built up towards 2025 (公司制企业占比, 商标拥有量, 广告单位,
 * 广告业务收入, 检测能力参数, 示范所/消薄所占比) stay `level`: as lines they would be
 * 越线 in every year before 2025. The text gives them no 2020 figure, so they show 无基期.
 */
export const HZL_SETUP: Readonly<Record<string, LineSetup>> = {
  HZL01: {
    aggregation: 'threshold',
    direction: 'lower',
    kind: '约束性',
    target: '低于0.36',
    limit: '低于0.36',
    formula: 'accidents / units * 10000',
    owner: '特种设备安全监察处',
  },
  HZL02: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '约束性',
    target: '98.5%以上',
    limit: '98.5%以上',
    // Below 99 but not below 98.5 shows 临近 (near_limit) before the line is crossed.
    warning: 99,
    owner: '食品安全抽检监测处',
  },
  HZL03: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '90以上',
    unit: '分',
    owner: '食品安全协调处',
  },
  HZL04: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 92,
    owner: '登记注册处',
  },
  HZL05: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '95%以上',
    owner: '竞争政策处',
  },
  HZL06: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 260,
    owner: '知识产权处',
  },
  HZL07: {
    aggregation: 'cumulative',
    direction: 'higher',
    kind: '预期性',
    target: 50,
    owner: '知识产权处',
  },
  HZL08: {
    aggregation: 'annual',
    direction: 'higher',
    kind: '预期性',
    target: 100,
    owner: '质量发展处',
  },
  HZL09: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 5000,
    owner: '广告监管处',
  },
  HZL10: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 32,
    owner: '广告监管处',
  },
  HZL11: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '不低于100%',
    owner: '执法稽查处',
  },
  HZL12: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '不低于98%',
    owner: '科技信息处',
  },
  HZL13: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '不低于90%',
    owner: '药品化妆品监管处',
  },
  HZL14: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 300,
    owner: '药品化妆品监管处',
  },
  HZL15: {
    aggregation: 'cumulative',
    direction: 'higher',
    kind: '预期性',
    target: 10,
    owner: '药品化妆品监管处',
  },
  HZL16: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 20,
    owner: '基层工作处',
  },
  HZL17: {
    aggregation: 'level',
    direction: 'higher',
    kind: '预期性',
    target: 40,
    owner: '基层工作处',
  },
  HZL18: {
    aggregation: 'cumulative',
    direction: 'higher',
    kind: '预期性',
    target: 20,
    owner: '执法稽查处',
  },
  HZL19: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '不低于100%',
    owner: '竞争政策处',
  },
  HZL20: {
    aggregation: 'threshold',
    direction: 'higher',
    kind: '预期性',
    target: '不低于100%',
    owner: '竞争政策处',
  },
};
